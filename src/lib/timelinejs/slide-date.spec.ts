import { describe, expect, it } from 'vitest';
import { slideDate } from './slide-date.ts';

describe('slideDate', () => {
	it('keeps the precision given: a year, a month or a day, from strings or numbers', () => {
		expect(slideDate({ year: '1815' })).toEqual({ date: '1815' });
		expect(slideDate({ year: 1943, month: 7, day: '' })).toEqual({ date: '1943-07' });
		expect(slideDate({ year: '1815', month: '12', day: '10' })).toEqual({ date: '1815-12-10' });
		expect(slideDate({ year: ' 602 ' })).toEqual({ date: '0602' });
		expect(slideDate({ year: '01815', month: '07' })).toEqual({ date: '1815-07' });
	});

	it('gives nothing for a date with no parts, as an event with no end has', () => {
		expect(slideDate(undefined)).toBeNull();
		expect(slideDate({ year: '', month: '', day: '' })).toBeNull();
	});

	it('says what is wrong with a date that is not one', () => {
		expect(slideDate({ year: 'abc' })).toEqual({ error: 'the year "abc" is not a whole number' });
		expect(slideDate({ year: '2011', month: '13' })).toMatchObject({
			error: expect.stringContaining('month 13')
		});
		expect(slideDate({ year: '2011', month: '2', day: '30' })).toMatchObject({
			error: expect.any(String)
		});
		expect(slideDate({ year: '2011', day: '3' })).toEqual({ error: 'it has a day but no month' });
		expect(slideDate({ year: '2011', month: '0' })).toMatchObject({
			error: expect.stringContaining('month 0')
		});
		expect(slideDate({ year: '2011', month: '4', day: '31' })).toMatchObject({
			error: expect.any(String)
		});
		expect(slideDate({ year: '2011', month: 'May' })).toEqual({
			error: 'the month "May" is not a number from 1 to 12'
		});
	});

	it('refuses years the timeline cannot draw, as TimelineJS’s cosmological sample has', () => {
		expect(slideDate({ year: '-13800000000' })).toEqual({
			error: "the year -13800000000 is before the year 100, which this site's timeline cannot draw"
		});
		expect(slideDate({ year: '12000' })).toEqual({
			error: "the year 12000 is after 9999, which this site's timeline cannot draw"
		});
	});
});
