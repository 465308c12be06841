import { describe, expect, it } from 'vitest';
import * as periods from './periods.ts';

describe('quarters', () => {
	it.each([
		['in the third quarter of 2019', 2019, 7, 9],
		['Q2 2020', 2020, 4, 6],
		['the fourth quarter of fiscal 2019', 2019, 10, 12],
		['In the second quarter, sales grew', undefined, 4, 6]
	])('reads "%s" as its three months', (text, year, first, last) => {
		const [quarter] = periods.quarters(text);
		expect([quarter!.from, quarter!.to]).toEqual([
			{ precision: 'month', year, month: first },
			{ precision: 'month', year, month: last }
		]);
	});

	it.each([
		['during the Second World War', 1939, 1945],
		['after World War I', 1914, 1918],
		['through the Cold War', 1947, 1991]
	])('reads "%s" as the years of the period', (text, first, last) => {
		const [period] = periods.namedPeriods(text);
		expect([period!.from.year, period!.to!.year]).toEqual([first, last]);
	});

	it('takes "Q2" without a year for a code, not a date', () => {
		expect(periods.quarters('form Q2 was filed')).toEqual([]);
	});
});

describe('seasons', () => {
	it.each([
		['in spring 2011', 'spring', 2011],
		['in the spring of 2011', 'spring', 2011],
		['In the autumn, talks resumed', 'autumn', undefined],
		['that fall the plant closed', 'autumn', undefined],
		['in winter 2010/11', 'winter', 2010]
	])('reads "%s"', (text, season, year) => {
		expect(periods.seasons(text).map((mention) => mention.from)).toEqual([
			{ precision: 'season', season, year }
		]);
	});

	it.each(['the Arab spring', 'the Prague Spring', 'a hot spring', 'prices fall'])(
		'takes "%s" for no date',
		(text) => {
			expect(periods.seasons(text)).toEqual([]);
		}
	);
});
