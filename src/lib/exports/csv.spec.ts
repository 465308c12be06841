import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '$lib/collection/collection.ts';
import { csvRow, CSV_COLUMNS, eventsToCsv } from './csv.ts';
import { readContentDir } from '$lib/content/read-content-dir.ts';

const { events, sources } = buildCollection(readContentDir('events'));

function parseCsv(csv: string) {
	return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
}

describe('eventsToCsv', () => {
	const csv = eventsToCsv(events, sources);

	it('round-trips every cell through papaparse', () => {
		const parsed = parseCsv(csv);
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
		expect(parsed.data).toEqual(events.map((event) => csvRow(event, sources)));
	});

	it('keeps commas, quote marks and line breaks inside a cell', () => {
		const [event] = events;
		const tricky = {
			...event!,
			title: 'A "quoted", comma title',
			description: 'Two\nlines; and “curly” quotes'
		};
		const [row] = parseCsv(eventsToCsv([tricky], sources)).data;
		expect(row).toMatchObject({ title: tricky.title, description: tricky.description });
	});

	it('escapes a cell a spreadsheet would run as a formula', () => {
		const formula = { ...events[0]!, title: '=HYPERLINK("http://example.org")' };
		expect(parseCsv(eventsToCsv([formula], sources)).data[0]!.title).toBe(`'${formula.title}`);
	});

	it('starts with a byte-order mark for Excel, which papaparse ignores', () => {
		expect(csv.startsWith('\uFEFFid,title,date,')).toBe(true);
	});
});

describe('csvRow', () => {
	const byId = (id: string) => csvRow(events.find((event) => event.id === id)!);

	it('names the sources its quotes come from, and where each is published', () => {
		expect(
			csvRow(
				events.find((event) => event.id === 'zhanaozen-massacre')!,
				sources
			)
		).toMatchObject({
			sources: 'kazakh-elections-2012',
			source_urls: 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html'
		});
		const unpublished = sources.map((source) => ({ ...source, url: undefined }));
		expect(csvRow(events[0]!, unpublished).source_urls).toBe('');
	});

	it('keeps each address in its source’s place, one without leaving its place empty', () => {
		const [quote] = events[0]!.quotes;
		const twoSources = {
			...events[0]!,
			quotes: [quote!, { ...quote!, source: 'letter' }],
			figures: [],
			claims: []
		};
		const letter = { ...sources[0]!, id: 'letter', url: undefined };
		expect(csvRow(twoSources, [sources[0]!, letter])).toMatchObject({
			sources: 'kazakh-elections-2012; letter',
			source_urls: 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html; '
		});
		expect(csvRow(twoSources, [{ ...sources[0]!, url: undefined }, letter]).source_urls).toBe('');
	});

	it('says in a column of its own whether an event is quoted, leaving its quotes cell empty', () => {
		expect(byId('zhanaozen-massacre').quoted).toBe('true');
		const unquoted = csvRow({ ...events[0]!, quotes: [] });
		expect(unquoted).toMatchObject({ quoted: 'false', quotes: '', paragraphs: '' });
	});

	it('gives the first and last day an event may cover, with its precision', () => {
		expect(byId('arab-spring-reaches-kazakhstan')).toMatchObject({
			date: 'Spring 2011',
			date_precision: 'season',
			start: '2011-03-01',
			end: '2011-05-31'
		});
		expect(byId('zhanaozen-massacre')).toMatchObject({
			date_precision: 'day',
			start: '2011-12-16',
			end: '2011-12-16'
		});
		expect(byId('oil-workers-strikes')).toMatchObject({
			date: '2008–2011',
			start: '2008-01-01',
			end: '2011-12-31',
			approximate: 'true'
		});
	});

	it('joins quotes one to a line, with their paragraph numbers in the same order', () => {
		const row = byId('zhanaozen-massacre');
		expect(row.quotes.split('\n')).toHaveLength(3);
		expect(row.paragraphs).toBe('1; 8; 9');
		expect(row.themes).toBe('repression; labour');
	});
});
