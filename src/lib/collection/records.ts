import { parse } from 'yaml';
import type { ContentProblem } from './errors.ts';
import { fileStem } from './file-names.ts';
import { readFrontMatter } from './frontmatter.ts';

/**
 * One record before it is checked: YAML already read into data, and the text under a Markdown
 * file's front matter. Where it comes from does not matter to the checks: a file in `events/`,
 * a text pasted in the browser, a timeline imported from elsewhere.
 */
export interface RawRecord {
	/** How problems name the record: a file's path, e.g. `events/zhanaozen.md`, or a label. */
	name: string;
	/** The id its name gives it (a file's name), which its own `id` field must equal. */
	id?: string;
	data: unknown;
	/** A source's text, or an event's description. */
	body?: string;
}

/** Every record of a collection, as `validateCollection` takes them. */
export interface RawCollection {
	/** How problems name the collection as a whole, e.g. the folder `events`. */
	name: string;
	/** `collection.yaml`; null when there is none. */
	settings: RawRecord | null;
	/** `themes.yaml`, the list of themes; null when there is none. */
	themes: RawRecord | null;
	sources: RawRecord[];
	events: RawRecord[];
	lessons: RawRecord[];
}

/** Raw files keyed by the path shown in error messages, e.g. `events/zhanaozen.md`. */
export interface ContentFiles {
	/** The folder as messages name it, e.g. `events`. Default `events`. */
	dir?: string;
	settings: { file: string; content: string } | null;
	themes: { file: string; content: string } | null;
	sources: Record<string, string>;
	events: Record<string, string>;
	/** Lesson presets, `events/lessons/<id>.yaml`; absent when a folder has none. */
	lessons?: Record<string, string>;
}

/**
 * A YAML file as a record. One that is not YAML is noted in `problems` and still counted, with
 * no data: the checks that follow have nothing more to say of it.
 */
export function yamlRecord(name: string, content: string, problems: ContentProblem[]): RawRecord {
	try {
		return { name, id: fileStem(name), data: parse(content) };
	} catch (error) {
		problems.push({ file: name, message: `is not valid YAML: ${(error as Error).message}` });
		return { name, id: fileStem(name), data: undefined };
	}
}

function markdownRecord(name: string, content: string, problems: ContentProblem[]): RawRecord {
	try {
		const { data, body } = readFrontMatter(content);
		return { name, id: fileStem(name), data, body };
	} catch (error) {
		problems.push({ file: name, message: (error as Error).message });
		return { name, id: fileStem(name), data: undefined };
	}
}

/**
 * Reads the files of an events folder into records. A file that cannot be read (no front
 * matter, not YAML) is one of the `problems`; `buildCollection` reports nothing more of it.
 */
export function recordsFromFiles(files: ContentFiles): {
	records: RawCollection;
	problems: ContentProblem[];
} {
	const problems: ContentProblem[] = [];
	const yaml = (file: { file: string; content: string } | null) =>
		file && yamlRecord(file.file, file.content, problems);
	const markdown = (texts: Record<string, string>) =>
		Object.entries(texts).map(([name, content]) => markdownRecord(name, content, problems));
	const records: RawCollection = {
		name: files.dir ?? 'events',
		settings: yaml(files.settings),
		themes: yaml(files.themes),
		sources: markdown(files.sources),
		events: markdown(files.events),
		lessons: Object.entries(files.lessons ?? {}).map(([name, content]) =>
			yamlRecord(name, content, problems)
		)
	};
	return { records, problems };
}
