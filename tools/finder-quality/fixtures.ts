/**
 * Reads the annotated fixtures: NAME.txt beside NAME.yaml, or a yaml whose `text` names another
 * file (a source in events/sources/, read as the collection reads it). Every problem is reported
 * against its file and field, so a broken annotation is fixed where it is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { fieldPath } from '../../src/lib/model/field-path.ts';
import { splitParagraphs } from '../../src/lib/model/markdown.ts';
import { documentText } from '../propose/read-document.ts';
import { AnnotationSchema, type Annotation } from './annotation.ts';
import { locateQuote, type MarkedStatement } from './score.ts';

export interface FixtureProblem {
	file: string;
	field?: string;
	message: string;
}

/**
 * 'passage' when the text was written for these tests; 'written-later' and 'held-out' for one in
 * a folder of PASSAGE_FOLDERS; 'source' for a text from elsewhere.
 */
export type PassageKind = 'passage' | 'written-later' | 'held-out';
export type FixtureKind = PassageKind | 'source';

/**
 * Folders inside the fixtures whose passages are scored as groups of their own. unseen/ was held
 * out for the first honest measure and has been tuned against since; held-out/ is the set nobody
 * tunes against, and its figure stays honest only while that holds.
 */
export const PASSAGE_FOLDERS: ReadonlyArray<{ folder: string; kind: PassageKind }> = [
	{ folder: 'unseen', kind: 'written-later' },
	{ folder: 'held-out', kind: 'held-out' }
];

export interface Fixture {
	name: string;
	kind: FixtureKind;
	annotation: Annotation;
	/** What the finder is given: paragraphs separated by blank lines. */
	text: string;
	paragraphs: string[];
	statements: MarkedStatement[];
	/** The text's file, relative to the working directory. */
	textFile: string;
}

export function describeFixtureProblem({ file, field, message }: FixtureProblem): string {
	return field ? `${file}: ${field} ${message}` : `${file}: ${message}`;
}

/** A source is Markdown with front matter; the finder sees its plain text, as readers do. */
function readText(path: string): string {
	const content = readFileSync(path, 'utf8');
	return path.endsWith('.md') ? documentText(content, 'markdown') : content;
}

function readAnnotation(file: string, problems: FixtureProblem[]): Annotation | null {
	let data: unknown;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		problems.push({ file, message: `is not valid YAML: ${(error as Error).message}` });
		return null;
	}
	const result = AnnotationSchema.safeParse(data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const field = issue.path.length > 0 ? fieldPath(issue.path) : undefined;
		problems.push({ file, field, message: issue.message });
	}
	return null;
}

function locateStatements(
	file: string,
	annotation: Annotation,
	paragraphs: string[],
	problems: FixtureProblem[]
): MarkedStatement[] {
	return annotation.statements.flatMap((statement, index) => {
		const paragraph = paragraphs[statement.paragraph - 1];
		const field = fieldPath(['statements', index]);
		if (paragraph === undefined) {
			const message = `is ${statement.paragraph}, but the text has ${paragraphs.length}`;
			problems.push({ file, field: `${field}.paragraph`, message });
			return [];
		}
		const span = locateQuote(paragraph, statement.quote, statement.start);
		if ('error' in span) {
			problems.push({ file, field: `${field}.quote`, message: span.error });
			return [];
		}
		return [{ paragraph: statement.paragraph, ...span, date: statement.date }];
	});
}

export interface LoadedFixtures {
	fixtures: Fixture[];
	problems: FixtureProblem[];
}

/** The fixtures in `dir`, each passage among them counted as `passageKind`. */
export function loadFixtures(dir: string, passageKind: PassageKind = 'passage'): LoadedFixtures {
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const names = readdirSync(dir).sort();
	const stems = (extension: string) =>
		names
			.filter((name) => name.endsWith(extension))
			.map((name) => name.slice(0, -extension.length));
	const yamlStems = new Set(stems('.yaml'));
	const problems: FixtureProblem[] = [];
	for (const stem of stems('.txt')) {
		if (!yamlStems.has(stem)) {
			problems.push({ file: shown(join(dir, `${stem}.txt`)), message: `has no ${stem}.yaml` });
		}
	}

	const fixtures: Fixture[] = [];
	for (const stem of yamlStems) {
		const file = shown(join(dir, `${stem}.yaml`));
		const annotation = readAnnotation(file, problems);
		if (!annotation) continue;
		const ownText = join(dir, `${stem}.txt`);
		if (annotation.text && existsSync(ownText)) {
			problems.push({ file, field: 'text', message: `names a text, but ${stem}.txt is there too` });
			continue;
		}
		const textPath = annotation.text ? resolve(dirname(file), annotation.text) : ownText;
		if (!existsSync(textPath)) {
			const message = annotation.text
				? `names ${shown(textPath)}, which does not exist`
				: `has no ${stem}.txt`;
			problems.push({ file, field: annotation.text ? 'text' : undefined, message });
			continue;
		}
		const text = readText(textPath);
		const paragraphs = splitParagraphs(text);
		const statements = locateStatements(file, annotation, paragraphs, problems);
		fixtures.push({
			name: stem,
			kind: annotation.text ? 'source' : passageKind,
			annotation,
			text,
			paragraphs,
			statements,
			textFile: shown(textPath)
		});
	}
	return { fixtures, problems };
}

/** The fixtures in `dir`, then those in each of its PASSAGE_FOLDERS that it has. */
export function loadAllFixtures(dir: string): LoadedFixtures {
	const loaded = [
		loadFixtures(dir),
		...PASSAGE_FOLDERS.filter(({ folder }) => existsSync(join(dir, folder))).map(
			({ folder, kind }) => loadFixtures(join(dir, folder), kind)
		)
	];
	return {
		fixtures: loaded.flatMap((group) => group.fixtures),
		problems: loaded.flatMap((group) => group.problems)
	};
}
