import { describe, expect, it } from 'vitest';
import {
	eventExtent,
	formatEventDate,
	formatPartialDate,
	parsePartialDate,
	partialDateExtent,
	type PartialDate
} from './precision.ts';

function parsed(text: string): PartialDate {
	const result = parsePartialDate(text);
	if ('error' in result) throw new Error(result.error);
	return result;
}

describe('parsePartialDate', () => {
	it('reads each precision', () => {
		expect(parsed('1990')).toEqual({ precision: 'year', year: 1990 });
		expect(parsed('spring 2011')).toEqual({ precision: 'season', year: 2011, season: 'spring' });
		expect(parsed('Fall 2011')).toEqual({ precision: 'season', year: 2011, season: 'autumn' });
		expect(parsed('2011-04')).toEqual({ precision: 'month', year: 2011, month: 4 });
		expect(parsed('2011-12-16')).toEqual({ precision: 'day', year: 2011, month: 12, day: 16 });
	});

	it('rejects impossible days and months', () => {
		expect(parsePartialDate('2011-02-31')).toEqual({ error: '"2011-02-31" is not a real day' });
		expect(parsePartialDate('2011-02-29')).toHaveProperty('error');
		expect(parsePartialDate('2012-02-29')).not.toHaveProperty('error');
		expect(parsePartialDate('2011-13')).toHaveProperty('error');
		expect(parsePartialDate('2011-00-10')).toHaveProperty('error');
	});

	it('rejects text that is not a date', () => {
		for (const text of ['', 'soon', '90', '2011/12/16', 'monsoon 2011', '16 December 2011']) {
			expect(parsePartialDate(text)).toHaveProperty('error');
		}
	});
});

describe('formatting at precision', () => {
	it('formats each precision as a reader expects', () => {
		expect(formatPartialDate(parsed('1990'))).toBe('1990');
		expect(formatPartialDate(parsed('spring 2011'))).toBe('Spring 2011');
		expect(formatPartialDate(parsed('2011-04'))).toBe('April 2011');
		expect(formatPartialDate(parsed('2011-12-16'))).toBe('16 December 2011');
	});

	it('writes a year before 1000 as it is said, with no leading zeros', () => {
		expect(formatPartialDate(parsed('0650'))).toBe('650');
		expect(formatPartialDate(parsed('0602-03'))).toBe('March 602');
		expect(formatPartialDate(parsed('0100-01-01'))).toBe('1 January 100');
	});

	it('joins spans with an en dash, spaced when the ends have spaces', () => {
		expect(formatEventDate({ kind: 'span', start: parsed('2009'), end: parsed('2010') })).toBe(
			'2009–2010'
		);
		expect(
			formatEventDate({ kind: 'span', start: parsed('2011-04'), end: parsed('2012-01') })
		).toBe('April 2011 – January 2012');
	});
});

describe('extents', () => {
	it('covers the whole year, season, month or day', () => {
		const cases: [string, Date, Date][] = [
			['1990', new Date(1990, 0, 1), new Date(1991, 0, 1)],
			['spring 2011', new Date(2011, 2, 1), new Date(2011, 5, 1)],
			['winter 2011', new Date(2011, 11, 1), new Date(2012, 2, 1)],
			['2012-02', new Date(2012, 1, 1), new Date(2012, 2, 1)],
			['2011-12-16', new Date(2011, 11, 16), new Date(2011, 11, 17)]
		];
		for (const [text, start, end] of cases) {
			expect(partialDateExtent(parsed(text))).toEqual({ start, end });
		}
	});

	it('runs a span from the start of its first end to the end of its last', () => {
		expect(eventExtent({ kind: 'span', start: parsed('1990'), end: parsed('2005') })).toEqual({
			start: new Date(1990, 0, 1),
			end: new Date(2006, 0, 1)
		});
	});
});
