import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, type DatePattern } from './date-format.ts';

const patterns: DatePattern[] = [
	'yyyy',
	'yyyy-MM-dd',
	'MMM yyyy',
	'MMMM yyyy',
	'd MMMM yyyy',
	'MMMM d, yyyy',
	'yyyy, MMMM d'
];

describe('formatDate', () => {
	it('writes the site’s dates', () => {
		const day = new Date(2011, 11, 16);
		expect(formatDate(day, 'd MMMM yyyy')).toBe('16 December 2011');
		expect(formatDate(day, 'MMM yyyy')).toBe('Dec 2011');
		expect(formatDate(new Date(1990, 0, 5), 'yyyy-MM-dd')).toBe('1990-01-05');
		expect(formatDate(new Date(1990, 0, 5), 'MMMM d, yyyy')).toBe('January 5, 1990');
	});

	it('agrees with date-fns on every pattern, for any day from year 100 to 9999', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date(100, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
				fc.constantFrom(...patterns),
				(date, pattern) => {
					expect(formatDate(date, pattern)).toBe(format(date, pattern));
				}
			)
		);
	});
});
