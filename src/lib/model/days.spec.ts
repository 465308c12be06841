import { describe, expect, it } from 'vitest';
import { formatIsoDay, MS_PER_DAY, parseIsoDay } from './days.ts';

describe('days', () => {
	it('reads a real day written YYYY-MM-DD as its local midnight', () => {
		expect(parseIsoDay('2011-12-16')).toEqual(new Date(2011, 11, 16));
		expect(parseIsoDay('2012-02-29')).toEqual(new Date(2012, 1, 29));
	});

	it('refuses days that do not exist and other spellings', () => {
		for (const value of [
			'0050-03-01',
			'2011-02-29',
			'2011-13-01',
			'2011-12-32',
			'2011-1-5',
			'16.12.2011',
			''
		])
			expect(parseIsoDay(value), value).toBeNull();
	});

	it('writes a date back as the same day', () => {
		expect(formatIsoDay(new Date(2011, 11, 16, 23, 59))).toBe('2011-12-16');
		expect(new Date(2011, 11, 17).getTime() - new Date(2011, 11, 16).getTime()).toBe(MS_PER_DAY);
	});
});
