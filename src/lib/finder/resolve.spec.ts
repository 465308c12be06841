import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../model/days.ts';
import type { Moment } from './moment.ts';
import { candidateDate } from './notation.ts';
import { resolveMoment, type YearContext } from './resolve.ts';

// A Saturday.
const published = parseIsoDay('2012-01-28')!;
const past: YearContext = { published, future: false };

const written = (moment: Moment, context: YearContext) => {
	const resolution = resolveMoment(moment, context);
	if (resolution.kind !== 'date') return resolution.kind;
	return [candidateDate(resolution.date), resolution.yearInferred];
};

describe('resolveMoment', () => {
	it('keeps a year the text writes', () => {
		expect(written({ precision: 'day', year: 2011, month: 12, day: 16 }, past)).toEqual([
			'2011-12-16',
			false
		]);
	});

	it('points a weekday in news back to the last such day, the day published included', () => {
		expect(written({ precision: 'day', weekday: 2 }, past)).toEqual(['2012-01-24', true]);
		expect(written({ precision: 'day', weekday: 6 }, past)).toEqual(['2012-01-28', true]);
		expect(written({ precision: 'day', weekday: 6, way: 'back' }, past)).toEqual([
			'2012-01-21',
			true
		]);
	});

	it('points a weekday on when the clause speaks of what is to come', () => {
		expect(written({ precision: 'day', weekday: 2 }, { published, future: true })).toEqual([
			'2012-01-31',
			true
		]);
	});

	it('gives a day with no year the year that puts it before the day published', () => {
		expect(written({ precision: 'day', month: 1, day: 15 }, past)).toEqual(['2012-01-15', true]);
		expect(written({ precision: 'day', month: 12, day: 16 }, past)).toEqual(['2011-12-16', true]);
		expect(written({ precision: 'season', season: 'spring' }, past)).toEqual(['spring 2011', true]);
	});

	it('gives a planned day with no year the year that puts it after the day published', () => {
		const future = { published, future: true };
		expect(written({ precision: 'month', month: 1 }, future)).toEqual(['2012-01', true]);
		expect(written({ precision: 'day', month: 1, day: 5 }, future)).toEqual(['2013-01-05', true]);
	});

	const year = (value: number) => ({ precision: 'year' as const, year: value });

	it('prefers a year written close by to the date published', () => {
		const context = { published, nearby: year(1991), future: false };
		expect(written({ precision: 'day', month: 12, day: 16 }, context)).toEqual([
			'1991-12-16',
			true
		]);
	});

	it('tells a story forwards: a month before the one it borrows from is in the next year', () => {
		const nearby = { precision: 'month' as const, year: 2011, month: 12 };
		const context = { published, nearby, future: false };
		expect(written({ precision: 'day', month: 1, day: 6 }, context)).toEqual(['2012-01-06', true]);
		expect(written({ precision: 'day', month: 12, day: 20 }, context)).toEqual([
			'2011-12-20',
			true
		]);
	});

	it('does not give a plan the year of something already past when the text was written', () => {
		const context = { published, nearby: year(2007), future: true };
		expect(written({ precision: 'season', season: 'autumn' }, context)).toEqual([
			'autumn 2012',
			true
		]);
	});

	it('counts "last year" and "last December" from the date published', () => {
		expect(written({ precision: 'month', month: 4, yearOffset: -1 }, past)).toEqual([
			'2011-04',
			true
		]);
		const nearby = { ...past, nearby: year(1991) };
		expect(written({ precision: 'month', month: 12, way: 'back' }, nearby)).toEqual([
			'2011-12',
			true
		]);
		expect(written({ precision: 'day', dayOffset: -1 }, past)).toEqual(['2012-01-27', true]);
	});

	it('does not guess what counts from a date published it was not given', () => {
		const unknown = { future: false };
		for (const moment of [
			{ precision: 'day', weekday: 2 },
			{ precision: 'year', yearOffset: -1 },
			{ precision: 'day', month: 12, day: 16 },
			{ precision: 'day', dayOffset: -1 },
			{ precision: 'month', month: 12, way: 'back' }
		] satisfies Moment[]) {
			expect(written(moment, unknown)).toBe('unresolved');
		}
		expect(
			written({ precision: 'day', month: 12, day: 16 }, { future: false, nearby: year(2011) })
		).toEqual(['2011-12-16', true]);
	});

	it('names no day that does not exist', () => {
		expect(written({ precision: 'day', year: 2011, month: 2, day: 30 }, past)).toBe('impossible');
	});
});

describe('candidateDate', () => {
	it('writes a span whose ends differ, and a span from a date to itself as that date', () => {
		const year = (value: number) => ({ precision: 'year' as const, year: value });
		expect(candidateDate(year(1990), year(1999))).toEqual({ start: '1990', end: '1999' });
		expect(candidateDate(year(1990), year(1990))).toBe('1990');
	});
});
