import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/lib/collection/collection.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { parsePartialDate } from '../../src/lib/model/precision.ts';
import { editorEvents } from './editor-events.ts';
import {
	describeFixtureProblem,
	loadAllFixtures,
	loadFixtures,
	PASSAGE_FOLDERS
} from './fixtures.ts';
import { eventsFound } from './score.ts';

const dir = 'fixtures/own-source';
const { fixtures, problems } = loadAllFixtures(dir);
const passages = fixtures.filter((fixture) => fixture.kind === 'passage');
const sources = fixtures.filter((fixture) => fixture.kind === 'source');

function stemsIn(folder: string, extension: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith(extension))
		.map((name) => name.slice(0, -extension.length))
		.sort();
}

describe('the fixtures', () => {
	it('are all readable, with every quote found and every date parsed', () => {
		expect(problems.map(describeFixtureProblem)).toEqual([]);
	});

	it('pair every .txt with a .yaml, and every .yaml with a .txt unless it names its text', () => {
		const sourceStems = sources.map((fixture) => fixture.name);
		expect(stemsIn(dir, '.txt')).toEqual(
			stemsIn(dir, '.yaml').filter((stem) => !sourceStems.includes(stem))
		);
		for (const { folder } of PASSAGE_FOLDERS) {
			expect(stemsIn(join(dir, folder), '.txt')).toEqual(stemsIn(join(dir, folder), '.yaml'));
		}
	});

	it.each(PASSAGE_FOLDERS.map(({ folder, kind }) => [folder, kind] as const))(
		'read %s/ as the group %s: six passages at least, each with a date to find',
		(folder, kind) => {
			const group = fixtures.filter((fixture) => fixture.kind === kind);
			expect(group.map((fixture) => fixture.name)).toEqual(stemsIn(join(dir, folder), '.yaml'));
			expect(group.length).toBeGreaterThanOrEqual(6);
			const elsewhere = group.filter((fixture) => !fixture.textFile.startsWith(join(dir, folder)));
			expect(elsewhere.map((fixture) => fixture.textFile)).toEqual([]);
			expect(group.filter((fixture) => fixture.annotation.statements.length === 0)).toEqual([]);
		}
	);

	it('mark a statement planned only in a text with a date published, which it is still to come at', () => {
		const unanchored = fixtures.flatMap((fixture) =>
			fixture.annotation.statements
				.filter((statement) => statement.status === 'planned' && !fixture.annotation.published)
				.map((statement) => `${fixture.name}: ${statement.quote}`)
		);
		expect(unanchored).toEqual([]);
	});

	it('give every fixture a name of its own, so that no row of the report stands for two', () => {
		const names = fixtures.map((fixture) => fixture.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('hold at least nine passages written for the finder, one of them with no date at all', () => {
		expect(passages.length).toBeGreaterThanOrEqual(9);
		expect(passages.some((fixture) => fixture.annotation.statements.length === 0)).toBe(true);
	});
});

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_, fixture) => {
	it('quotes each statement verbatim from its paragraph', () => {
		for (const statement of fixture.annotation.statements) {
			expect(fixture.paragraphs[statement.paragraph - 1]).toContain(statement.quote);
		}
		expect(fixture.statements).toHaveLength(fixture.annotation.statements.length);
	});

	it('gives each statement a date in the notation of events/*.md', () => {
		const unread = fixture.annotation.statements.flatMap(({ date }, index) => {
			const parts = typeof date === 'object' && date !== null ? Object.values(date) : [date];
			return parts
				.map((part) => parsePartialDate(String(part)))
				.flatMap((parsed) => ('error' in parsed ? [`statements[${index}]: ${parsed.error}`] : []));
		});
		expect(unread).toEqual([]);
	});
});

describe('the annotated source article', () => {
	const collection = buildCollection(readContentDir('events'));

	it.each(sources.map((fixture) => [fixture.name, fixture] as const))(
		'%s is read as the collection reads it, and marks each of its events with their date',
		(name, fixture) => {
			const source = collection.sources.find((candidate) => candidate.id === name);
			expect(fixture.paragraphs).toEqual(source?.paragraphs.map((paragraph) => paragraph.plain));
			const { missed } = eventsFound(editorEvents(collection.events, name), fixture.statements);
			expect(missed).toEqual([]);
		}
	);
});

describe('loadFixtures', () => {
	it('names the file and field of each problem', () => {
		const broken = mkdtempSync(join(tmpdir(), 'finder-fixtures-'));
		writeFileSync(join(broken, 'lonely.txt'), 'No annotation.\n');
		writeFileSync(join(broken, 'bad.txt'), 'It opened in 1990.\n\nIt closed.\n');
		writeFileSync(
			join(broken, 'bad.yaml'),
			[
				'title: Bad',
				'style: broken on purpose',
				'statements:',
				"  - { paragraph: 1, quote: 'It opened in 1991.', date: '1990' }",
				"  - { paragraph: 3, quote: 'It closed.', date: '1991' }"
			].join('\n')
		);
		writeFileSync(join(broken, 'date.txt'), 'In 1990.\n');
		writeFileSync(
			join(broken, 'date.yaml'),
			"title: Date\nstyle: s\nstatements:\n  - { paragraph: 1, quote: 'In 1990.', date: '1990-13' }\n"
		);
		const messages = loadFixtures(broken).problems.map(describeFixtureProblem);
		expect(messages).toEqual([
			expect.stringMatching(/lonely\.txt: has no lonely\.yaml$/),
			expect.stringMatching(/bad\.yaml: statements\[0\]\.quote is not a verbatim part/),
			expect.stringMatching(/bad\.yaml: statements\[1\]\.paragraph is 3, but the text has 2$/),
			expect.stringMatching(/date\.yaml: statements\[0\]\.date "1990-13" has no month 13$/)
		]);
	});

	it('reads each folder of passages as a group of its own, with its problems named by file', () => {
		const root = mkdtempSync(join(tmpdir(), 'finder-fixtures-'));
		const write = (path: string, text: string) => writeFileSync(join(root, path), text);
		const annotation = 'title: T\nstyle: s\nstatements: []\n';
		mkdirSync(join(root, 'unseen'));
		mkdirSync(join(root, 'held-out'));
		write('tuned.txt', 'It opened in 1990.\n');
		write('tuned.yaml', annotation);
		write('unseen/later.txt', 'It closed in 1999.\n');
		write('unseen/later.yaml', annotation);
		write('held-out/fresh.txt', 'It reopened in 2004.\n');
		write('held-out/fresh.yaml', annotation);
		write('held-out/orphan.txt', 'No annotation.\n');
		const { fixtures: loaded, problems: found } = loadAllFixtures(root);
		expect(loaded.map(({ name, kind }) => [name, kind])).toEqual([
			['tuned', 'passage'],
			['later', 'written-later'],
			['fresh', 'held-out']
		]);
		expect(found.map(describeFixtureProblem)).toEqual([
			expect.stringMatching(/held-out\/orphan\.txt: has no orphan\.yaml$/)
		]);
	});

	it('reads a fixtures folder without the later folders', () => {
		const root = mkdtempSync(join(tmpdir(), 'finder-fixtures-'));
		writeFileSync(join(root, 'only.txt'), 'It opened in 1990.\n');
		writeFileSync(join(root, 'only.yaml'), 'title: O\nstyle: s\nstatements: []\n');
		const { fixtures: loaded, problems: found } = loadAllFixtures(root);
		expect(loaded.map(({ name, kind }) => [name, kind])).toEqual([['only', 'passage']]);
		expect(found).toEqual([]);
	});
});
