import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from './csv-writer.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

describe('writeCsv', () => {
	it('writes a BOM, a header and CRLF rows, and nothing for an empty cell', () => {
		const csv = writeCsv(['a', 'b'], [{ a: 'x', b: null }]);
		expect(csv).toBe('\uFEFFa,b\r\nx,\r\n');
	});

	it('defuses every text cell a spreadsheet would run, but leaves numbers as numbers', () => {
		const starts = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'];
		const csv = writeCsv(
			['text', 'number'],
			starts.map((text) => ({ text, number: -3 }))
		);
		const [, ...rows] = parse(csv).data;
		expect(rows.map(([text]) => text)).toEqual(starts.map((text) => `'${text}`));
		expect(rows.map(([, number]) => number)).toEqual(starts.map(() => '-3'));
	});

	it('quotes commas, quote marks and line breaks so they stay in their cell', () => {
		const text = 'He said "no", then\r\nleft';
		const [, [cell]] = parse(writeCsv(['text'], [{ text }])).data as [string[], string[]];
		expect(cell).toBe(text);
	});
});
