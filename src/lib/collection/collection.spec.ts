import { describe, expect, it } from 'vitest';
import { buildCollection, type ContentFiles } from './collection.ts';
import { contentWithEvents, eventFile, sourceFile } from './fixtures.ts';
import { problemsOf } from './problems.ts';

const source = sourceFile([
	'On January 15, the country held its *parliamentary* elections amid “rising” tensions.',
	'Workers struck in the oil-rich west in 2011.'
]);

const vote = `
title: The vote
date: '2012-01-15'
themes: [elections]
quotes:
  - text: 'the country held its parliamentary elections amid "rising" tensions'
    source: article
related: [strikes]
`;

const strikes = `
title: Strikes
date: { start: '2011', end: 'spring 2011' }
approximate: true
themes: [labour]
quotes:
  - { text: 'Workers struck in the oil-rich west in 2011.', source: article }
`;

function files(events: Record<string, string> = {}): ContentFiles {
	return contentWithEvents(source, { vote, strikes }, events);
}

describe('buildCollection with valid files', () => {
	const collection = buildCollection(files());

	it('sorts events by date and resolves quote paragraphs', () => {
		expect(collection.events.map((event) => event.id)).toEqual(['strikes', 'vote']);
		const [quote] = collection.events[1]!.quotes;
		expect(quote).toMatchObject({ paragraph: 1, source: 'article' });
	});

	it('keeps the date precision, defaults and description', () => {
		const strikesEvent = collection.events[0]!;
		expect(strikesEvent.date).toEqual({
			kind: 'span',
			start: { precision: 'year', year: 2011 },
			end: { precision: 'season', year: 2011, season: 'spring' }
		});
		expect(strikesEvent).toMatchObject({ approximate: true, status: 'happened', actors: [] });
		expect(collection.events[1]!.description).toBe('A short description in our words.');
	});

	it('reads the source paragraphs as plain text with emphasis', () => {
		expect(collection.sources[0]!.paragraphs[0]).toEqual({
			plain: 'On January 15, the country held its parliamentary elections amid “rising” tensions.',
			emphasis: [[36, 49]]
		});
	});
});

describe('buildCollection rejects, naming the file and the field', () => {
	const broken = (id: string, frontMatter: string) =>
		problemsOf(files({ [`events/${id}.md`]: eventFile(id, frontMatter) }));

	it('a field that breaks the schema', () => {
		expect(broken('bad', vote.replace('title: The vote', 'title: 42'))).toContain(
			'events/bad.md: title Invalid input: expected string, received number'
		);
		expect(broken('bad', vote + 'mood: angry\n')).toContainEqual(
			expect.stringMatching(/^events\/bad\.md: Unrecognized key: "mood"/)
		);
		expect(
			broken('bad', vote.replace(/quotes:[\s\S]*?source: article\n/, 'quotes: []\n'))
		).toContain('events/bad.md: quotes needs at least one quote');
	});

	it.each([
		[
			'an unknown theme',
			vote,
			'[elections]',
			'[elections, weather]',
			'events/bad.md: themes[1] "weather" is not a known theme'
		],
		[
			'an impossible date',
			vote,
			"'2012-01-15'",
			"'2011-02-31'",
			'events/bad.md: date "2011-02-31" is not a real day'
		],
		[
			'a span that ends before it starts',
			strikes,
			"start: '2011'",
			"start: '2012-03'",
			'events/bad.md: date the span ends before it starts'
		],
		[
			'a quote that is not verbatim in its source',
			vote,
			'amid "rising"',
			'amid "growing"',
			'events/bad.md: quotes[0].text is not in source "article"'
		],
		[
			'an unknown source',
			vote,
			'source: article',
			'source: rumour',
			'events/bad.md: quotes[0].source "rumour" is not a known source'
		],
		[
			'a related id that does not exist',
			vote,
			'[strikes]',
			'[strikes, nowhere]',
			'events/bad.md: related[1] "nowhere" is not another event'
		]
	])('%s', (_name, frontMatter, from, to, problem) => {
		expect(broken('bad', frontMatter.replace(from, to))).toContain(problem);
	});

	it('a duplicate id', () => {
		const content = files({ 'events/copy.md': eventFile('vote', vote) });
		expect(problemsOf(content)).toContain(
			'events/copy.md: id "vote" is already used by events/vote.md'
		);
	});

	it('an id that differs from the file name', () => {
		expect(problemsOf(files({ 'events/other.md': eventFile('another', vote) }))).toContain(
			'events/other.md: id must equal the file name "other"'
		);
	});

	it('a figure whose quote is not in the source', () => {
		const figure = `figures:\n  - { label: Turnout, value: 76, unit: percent, quote: { text: 'turnout was 99', source: article } }\n`;
		expect(broken('bad', vote + figure)).toContain(
			'events/bad.md: figures[0].quote.text is not in source "article"'
		);
	});

	it('a file without front matter or description', () => {
		const content = files({
			'events/empty.md': 'just text',
			'events/bare.md': eventFile('bare', vote, '')
		});
		const problems = problemsOf(content);
		expect(problems).toContain('events/empty.md: has no YAML front matter between --- lines');
		expect(problems).toContain('events/bare.md: needs a short description below the front matter');
	});

	it('an empty events folder, or a missing themes file', () => {
		expect(problemsOf({ ...files(), events: {} })).toContain(
			'events/: holds no event files (*.md)'
		);
		expect(problemsOf({ ...files(), themes: null })).toContainEqual(
			expect.stringMatching(/^events\/themes\.yaml: is missing/)
		);
	});

	it('a missing source', () => {
		expect(problemsOf({ ...files(), sources: {} })).toContain(
			'events/vote.md: quotes[0].source "article" is not a known source'
		);
	});
});
