import { Document, Scalar, visit } from 'yaml';
import { isId } from '../model/ids.ts';
import type { ContentFiles, RawCollection, RawRecord } from './records.ts';

/** Files of an events folder, by path inside it: `collection.yaml`, `sources/<id>.md`, `<id>.md`. */
export type FolderFiles = Record<string, string>;

// Quoted, so that a YAML 1.1 reader does not take 2011-12-16 for a date or 1998 for a number.
const DATE_LIKE = /^-?\d{4}(?:-\d{2}){0,2}$/;

/** Data as YAML in the style of the hand-written files: long lines kept, dates quoted. */
export function writeYaml(data: unknown): string {
	const document = new Document(data);
	visit(document, {
		Scalar(_key, node) {
			if (typeof node.value === 'string' && DATE_LIKE.test(node.value))
				node.type = Scalar.QUOTE_SINGLE;
		}
	});
	return document.toString({ lineWidth: 0, singleQuote: true });
}

// The order the hand-written files keep: what it is and when, then what it holds.
const FIELD_ORDER = ['id', 'title', 'date', 'displayDate', 'approximate', 'status', 'themes'];

function ordered(data: unknown): unknown {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
	const rank = (key: string) => {
		const at = FIELD_ORDER.indexOf(key);
		return at === -1 ? FIELD_ORDER.length : at;
	};
	return Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
}

function markdownFile(record: RawRecord): string {
	const body = record.body?.trim() ?? '';
	return `---\n${writeYaml(ordered(record.data))}---\n${body ? `\n${body}\n` : ''}`;
}

function recordId(record: RawRecord): string {
	const data = record.data as { id?: unknown } | undefined;
	// An id is a slug (model/ids.ts): no slash or dot can take its file out of the folder.
	if (!isId(data?.id)) throw new Error(`${record.name} has no id that can name its file`);
	return data.id;
}

function addFile(files: FolderFiles, path: string, content: string) {
	if (path in files) throw new Error(`${path} would be written twice`);
	files[path] = content;
}

/**
 * The records of a collection written as the files of an events folder, in the format of this
 * repository's `events/`: what `recordsFromFiles` reads back into the same records. Each source
 * and event file is named by its id. Lessons are written by their own writer.
 */
export function filesFromRecords(records: RawCollection): FolderFiles {
	const files: FolderFiles = {};
	if (records.settings) files['collection.yaml'] = writeYaml(records.settings.data);
	if (records.themes) files['themes.yaml'] = writeYaml(records.themes.data);
	for (const source of records.sources)
		addFile(files, `sources/${recordId(source)}.md`, markdownFile(source));
	for (const event of records.events) addFile(files, `${recordId(event)}.md`, markdownFile(event));
	return files;
}

/**
 * Folder files as `recordsFromFiles` reads them from disk, each named by its path under `dir`:
 * how a written folder is checked before it is handed over.
 */
export function folderContent(files: FolderFiles, dir = 'events'): ContentFiles {
	const named = (test: (path: string) => boolean) =>
		Object.fromEntries(
			Object.entries(files)
				.filter(([path]) => test(path))
				.map(([path, content]) => [`${dir}/${path}`, content])
		);
	const yamlFile = (name: string) =>
		name in files ? { file: `${dir}/${name}`, content: files[name]! } : null;
	return {
		dir,
		settings: yamlFile('collection.yaml'),
		themes: yamlFile('themes.yaml'),
		sources: named((path) => /^sources\/[^/]+\.md$/.test(path)),
		events: named((path) => /^[^/]+\.md$/.test(path)),
		lessons: named((path) => /^lessons\/[^/]+\.yaml$/.test(path))
	};
}
