import { describe, expect, it } from 'vitest';
import { anchoredDate } from './anchored.ts';

const day = (year: number, month: number, date: number) => ({
	precision: 'day' as const,
	year,
	month,
	day: date
});
const published = new Date(1983, 8, 18);

describe('anchoredDate', () => {
	it('counts days from the date the story last named, across the end of a month', () => {
		expect(
			anchoredDate({ precision: 'day', daysAfterAnchor: 2 }, day(1983, 9, 29), undefined, false)
		).toEqual(day(1983, 10, 1));
	});

	it('puts a day of the month on the right side of the day of writing', () => {
		const onThe = (date: number, future: boolean) =>
			anchoredDate(
				{ precision: 'day', day: date, inAnchorMonth: true },
				undefined,
				published,
				future
			);
		expect(onThe(10, false)).toEqual(day(1983, 9, 10));
		expect(onThe(25, false)).toEqual(day(1983, 8, 25));
		expect(onThe(25, true)).toEqual(day(1983, 9, 25));
		expect(onThe(2, true)).toEqual(day(1983, 10, 2));
	});

	it('counts months from the month published', () => {
		expect(
			anchoredDate({ precision: 'month', monthOffset: -1 }, undefined, new Date(2012, 0, 27), false)
		).toEqual({
			precision: 'month',
			year: 2011,
			month: 12
		});
	});

	it('drops what it cannot count from, and leaves what needs the date published unresolved', () => {
		expect(
			anchoredDate({ precision: 'day', daysAfterAnchor: 1 }, undefined, undefined, false)
		).toBe('dropped');
		expect(
			anchoredDate({ precision: 'month', inAnchorMonth: true }, undefined, undefined, false)
		).toBe('dropped');
		expect(anchoredDate({ precision: 'month', monthOffset: 0 }, undefined, undefined, false)).toBe(
			'unresolved'
		);
	});

	it('is no business of a date that counts from nothing', () => {
		expect(anchoredDate({ precision: 'year', year: 1990 }, undefined, published, false)).toBeNull();
	});
});
