import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCollection, type ContentFiles } from './collection.ts';
import {
	contentFiles,
	eventFile,
	settings,
	sourceFile,
	themeEntry,
	themes,
	type SourceField
} from './fixtures.ts';
import { problemsOf } from './problems.ts';
import { ContentError } from './errors.ts';
import { readContentDir } from '../content/read-content-dir.ts';

// The rules not covered by collection.spec.ts (events), charts.spec.ts and lessons.spec.ts:
// themes.yaml, source files, and the remaining event fields. Each error names file and field.

const article = (edits: Partial<Record<SourceField, string | null>> = {}) =>
	sourceFile(['Workers struck in the oil-rich west in 2011.'], {
		url: 'https://example.org/article',
		...edits
	});

const strikes = `
title: Strikes
date: '2011'
themes: [labour]
quotes:
  - { text: 'Workers struck in the oil-rich west', source: article }
`;

function files(edits: Partial<ContentFiles> = {}): ContentFiles {
	return {
		...contentFiles({
			source: article(),
			events: { 'events/strikes.md': eventFile('strikes', strikes) }
		}),
		...edits
	};
}

const withThemes = (content: string) =>
	problemsOf(files({ themes: { file: 'events/themes.yaml', content } }));
const withSource = (content: string, file = 'events/sources/article.md') =>
	problemsOf(files({ sources: { [file]: content } }));
const withEvent = (frontMatter: string) =>
	problemsOf(
		files({
			events: {
				'events/strikes.md': eventFile('strikes', strikes),
				'events/bad.md': eventFile('bad', frontMatter)
			}
		})
	);

describe('the fixture', () => {
	it('is valid', () => {
		expect(buildCollection(files()).events).toHaveLength(1);
	});
});

describe('themes.yaml is rejected, naming the file and the field', () => {
	it('YAML that does not parse', () => {
		expect(withThemes('- { id: [unclosed')).toContainEqual(
			expect.stringMatching(/^events\/themes\.yaml: is not valid YAML/)
		);
	});

	it('an empty list', () => {
		expect(withThemes('[]')).toContain('events/themes.yaml: needs at least one theme');
	});

	it('a colour that is not a hex colour, in either scheme', () => {
		expect(withThemes(`${themes}\n${themeEntry('economy', { colour: 'green' })}`)).toContain(
			'events/themes.yaml: [2].colour must be a hex colour such as #1d4ed8'
		);
		expect(withThemes(themes.replace("colourDark: '#93b4ff'", "colourDark: '#93b4f'"))).toContain(
			'events/themes.yaml: [0].colourDark must be a hex colour such as #93b4ff'
		);
	});

	it('an id that is not lower-case words, or is used twice', () => {
		expect(withThemes(`${themes}\n${themeEntry('Big Money')}`)).toContain(
			'events/themes.yaml: [2].id must be lower-case words joined by hyphens'
		);
		expect(withThemes(`${themes}\n${themeEntry('labour')}`)).toContain(
			'events/themes.yaml: [2].id "labour" is used twice'
		);
	});

	it('a missing description, or a field it does not know', () => {
		expect(withThemes(themes.replace(', description: Votes.', ''))).toContainEqual(
			expect.stringMatching(/^events\/themes\.yaml: \[0\]\.description Invalid input/)
		);
		expect(
			withThemes(themes.replace('label: Elections', 'label: Elections, icon: x'))
		).toContainEqual(
			expect.stringMatching(/^events\/themes\.yaml: \[0\] Unrecognized key: "icon"/)
		);
	});
});

describe('a source is rejected, naming the file and the field', () => {
	it('an id that differs from the file name', () => {
		expect(withSource(article(), 'events/sources/other.md')).toContain(
			'events/sources/other.md: id must equal the file name "other"'
		);
	});

	it('a publication date that is not a day', () => {
		expect(withSource(article({ published: "'January 2012'" }))).toContain(
			'events/sources/article.md: published must be a real day written YYYY-MM-DD'
		);
	});

	it('a url that is not a web address: javascript:, data: and the like become links', () => {
		for (const url of [
			'javascript:alert(1)',
			'"JavaScript:alert(document.domain)"',
			'"data:text/html,<script>alert(1)</script>"',
			'ftp://example.org/file',
			'not a url'
		]) {
			expect(withSource(article({ url }))).toContain(
				'events/sources/article.md: url must be a web address starting with https:// or http://'
			);
		}
		expect(() => buildCollection(files())).not.toThrow();
	});

	it('a missing author, an empty title, or no front matter', () => {
		expect(withSource(article({ author: null }))).toContainEqual(
			expect.stringMatching(/^events\/sources\/article\.md: author Invalid input/)
		);
		expect(withSource(article({ title: "''" }))).toContain(
			'events/sources/article.md: title must not be empty'
		);
		expect(withSource('Just the text.')).toContain(
			'events/sources/article.md: has no YAML front matter between --- lines'
		);
	});
});

describe('an event is rejected, naming the file and the field', () => {
	it('front matter that is not YAML', () => {
		expect(withEvent('title: [unclosed')).toContainEqual(
			expect.stringMatching(/^events\/bad\.md: has front matter that is not valid YAML: .+line 2/)
		);
	});

	it('an id that is not lower-case words', () => {
		expect(
			problemsOf(files({ events: { 'events/Bad Id.md': eventFile('Bad Id', strikes) } }))
		).toContain('events/Bad Id.md: id must be lower-case words joined by hyphens');
	});

	it('a date in no known form, a fractional year, or a span with other keys', () => {
		expect(withEvent(strikes.replace("'2011'", 'yesterday'))).toContainEqual(
			expect.stringMatching(/^events\/bad\.md: date "yesterday" is not a date; write a year/)
		);
		expect(withEvent(strikes.replace("'2011'", '2011.5'))).toContain(
			'events/bad.md: date must be a date such as 1990, spring 2011, 2011-04 or 2011-12-16'
		);
		expect(withEvent(strikes.replace("'2011'", "{ start: '2010', end: '2011', on: x }"))).toContain(
			'events/bad.md: date a span has only start and end, not on'
		);
		expect(withEvent(strikes.replace("'2011'", "{ start: '2010' }"))).toContain(
			'events/bad.md: date.end must be a date such as 1990, spring 2011, 2011-04 or 2011-12-16'
		);
	});

	it('a status other than happened or planned', () => {
		expect(withEvent(`${strikes}status: rumoured\n`)).toContainEqual(
			expect.stringMatching(/^events\/bad\.md: status Invalid option/)
		);
	});

	it('no themes, an empty title, an empty actor', () => {
		expect(withEvent(strikes.replace('[labour]', '[]'))).toContain(
			'events/bad.md: themes needs at least one theme'
		);
		expect(withEvent(strikes.replace('title: Strikes', "title: '  '"))).toContain(
			'events/bad.md: title must not be empty'
		);
		expect(withEvent(`${strikes}actors: [Workers, '']\n`)).toContain(
			'events/bad.md: actors[1] must not be empty'
		);
	});

	it('a related id naming the event itself', () => {
		expect(withEvent(`${strikes}related: [bad]\n`)).toContain(
			'events/bad.md: related[0] "bad" is not another event'
		);
	});

	it('a figure whose value is not a number', () => {
		const figure = `figures:\n  - { label: Strikers, value: many, unit: people, quote: { text: 'Workers struck', source: article } }\n`;
		expect(withEvent(strikes + figure)).toContainEqual(
			expect.stringMatching(/^events\/bad\.md: figures\[0\]\.value Invalid input: expected number/)
		);
	});

	it('a claim without values, or whose value quotes an unknown source', () => {
		expect(withEvent(`${strikes}claims:\n  - { subject: Strikers, values: [] }\n`)).toContain(
			'events/bad.md: claims[0].values needs at least one value'
		);
		const claim = `claims:\n  - subject: Strikers\n    values:\n      - { value: many, by: us, quote: { text: 'Workers struck', source: rumour } }\n`;
		expect(withEvent(strikes + claim)).toContain(
			'events/bad.md: claims[0].values[0].quote.source "rumour" is not a known source'
		);
	});
});

describe('a folder read from disk, as the build reads it', () => {
	const work = mkdtempSync(join(tmpdir(), 'kz-collection-rules-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	/** The build's own path: read the folder, then build the collection. */
	function problemsOnDisk(dir: string): string[] {
		try {
			buildCollection(readContentDir(dir, work));
		} catch (error) {
			if (error instanceof ContentError) return error.message.split('\n');
			throw error;
		}
		throw new Error('expected the folder to be rejected');
	}

	it('a path to a file, not a folder', () => {
		const file = join(work, 'events.md');
		writeFileSync(file, eventFile('strikes', strikes));
		expect(problemsOnDisk(file)).toEqual(['events.md: is a file, not a folder']);
	});

	it('a month that does not exist names the file and the field', () => {
		const folder = join(work, 'thirteenth-month');
		mkdirSync(join(folder, 'sources'), { recursive: true });
		writeFileSync(join(folder, 'collection.yaml'), settings);
		writeFileSync(join(folder, 'themes.yaml'), themes);
		writeFileSync(join(folder, 'sources', 'article.md'), article());
		writeFileSync(join(folder, 'strikes.md'), eventFile('strikes', strikes));
		writeFileSync(join(folder, 'bad.md'), eventFile('bad', strikes.replace("'2011'", "'2011-13'")));
		expect(problemsOnDisk(folder)).toEqual([
			'thirteenth-month/bad.md: date "2011-13" has no month 13'
		]);
	});
});
