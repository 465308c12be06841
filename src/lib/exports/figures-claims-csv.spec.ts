import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '$lib/collection/collection.ts';
import { readContentDir } from '$lib/content/read-content-dir.ts';
import { timelineEvent } from '$lib/model/fixtures.ts';
import { sourceMeta } from '$lib/model/types.ts';
import { CLAIM_COLUMNS, claimsToCsv, FIGURE_COLUMNS, figuresToCsv } from './figures-claims-csv.ts';

const collection = buildCollection(readContentDir('events'));
const sources = collection.sources.map(sourceMeta);
const CITATION =
	'Clara Weiss, “Kazakh elections take place amid rising social tensions”, World Socialist Web Site, 27 January 2012, paragraph';
/** Zhanaozen, told in paragraph 8 of the article: its figures and its claims both cite it. */
const zhanaozen = { event_id: 'zhanaozen-massacre', citation: `${CITATION} 8` };
/** The official count of the dead: a figure of its own, and one of the values claimed. */
const officialCount = {
	...zhanaozen,
	value: '17',
	quote: 'the official number of the people killed in the attack is 17'
};

function parse(csv: string) {
	const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed;
}

describe('figuresToCsv', () => {
	const parsed = parse(figuresToCsv(collection.events, sources));

	it('has one row per figure, in the events’ order, under its columns', () => {
		expect(parsed.meta.fields).toEqual([...FIGURE_COLUMNS]);
		const expected = collection.events.flatMap((event) =>
			event.figures.map((figure) => [event.id, figure.label])
		);
		expect(parsed.data.map((row) => [row.event_id, row.label])).toEqual(expected);
		expect(expected.length).toBeGreaterThan(10);
	});

	it('holds the Zhanaozen count with its verbatim quote and where it stands', () => {
		const row = parsed.data.find((candidate) => candidate.event_id === 'zhanaozen-massacre');
		expect(row).toEqual({
			...officialCount,
			event_title: 'Security forces kill striking oil workers in Zhanaozen',
			event_date: '16 December 2011',
			label: 'Killed (official count)',
			unit: 'people',
			lower_bound: 'false',
			period: '',
			source: 'kazakh-elections-2012',
			paragraph: '8',
			source_url: 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html'
		});
	});

	it('keeps a floor and a period', () => {
		const row = parsed.data.find((candidate) => candidate.event_id === 'inflation-2009-2010');
		expect(row).toMatchObject({ lower_bound: 'true', period: '2009–2010' });
	});
});

describe('claimsToCsv', () => {
	const parsed = parse(claimsToCsv(collection.events, sources));

	it('has one row per claimed value, with who gave it', () => {
		expect(parsed.meta.fields).toEqual([...CLAIM_COLUMNS]);
		const killed = parsed.data.filter((row) => row.subject === 'People killed at Zhanaozen');
		expect(killed).toEqual([
			expect.objectContaining({
				...officialCount,
				by: 'official figure',
				min: '17',
				max: '17',
				reading: ''
			}),
			expect.objectContaining({
				...zhanaozen,
				value: 'dozens',
				by: 'human rights organisations',
				min: '24',
				max: '',
				reading: '“Dozens” is drawn from 24 (two dozen) upwards. The source gives no upper figure.',
				quote: 'human rights organizations claim that dozens of people were murdered by the police'
			})
		]);
	});
});

describe('formula injection in figures and claims', () => {
	const quote = {
		text: '=cmd|"/c calc"!A1',
		source: 'kazakh-elections-2012',
		paragraph: 1,
		start: 0,
		end: 1
	};
	const event = timelineEvent({
		id: 'e',
		title: '+SUM(A1:A9)',
		figures: [{ label: '@label', value: -5, unit: '-unit', lowerBound: false, quote }],
		claims: [{ subject: '=subject', values: [{ value: '-dozens', by: '@by', min: -1, quote }] }]
	});

	it('prefixes text cells that begin like a formula, in both files', () => {
		const [figure] = parse(figuresToCsv([event], sources)).data;
		expect(figure).toMatchObject({
			event_title: "'+SUM(A1:A9)",
			label: "'@label",
			unit: "'-unit",
			quote: `'${quote.text}`,
			value: '-5'
		});
		const [claim] = parse(claimsToCsv([event], sources)).data;
		expect(claim).toMatchObject({
			subject: "'=subject",
			value: "'-dozens",
			by: "'@by",
			min: '-1',
			quote: `'${quote.text}`
		});
	});

	it('writes a header alone for events with none, and no citation for an unknown source', () => {
		expect(figuresToCsv([timelineEvent()], sources)).toBe(`\uFEFF${FIGURE_COLUMNS.join(',')}\r\n`);
		const [row] = parse(figuresToCsv([event], [])).data;
		expect(row).toMatchObject({ source: 'kazakh-elections-2012', paragraph: '1', citation: '' });
	});
});
