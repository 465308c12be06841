import { describe, expect, it } from 'vitest';
import { detailText, publishedDay, webAddress } from './details.ts';

describe('publishedDay', () => {
	it.each([
		['2012-01-27', '2012-01-27'],
		// The day as the publisher wrote it, whatever the zone.
		['2012-01-27T23:30:00-05:00', '2012-01-27'],
		['2012-01-27 08:00', '2012-01-27'],
		['27 January 2012', '2012-01-27'],
		['January 27, 2012', '2012-01-27'],
		['Fri, 27 Jan 2012 10:00:00 GMT', '2012-01-27']
	])('reads %j as %s', (value, day) => {
		expect(publishedDay(value)).toBe(day);
	});

	it.each(['2012', '2012-01', 'January 2012', '2012-02-30', 'yesterday', '', 20120127, null])(
		'gives no day for %j',
		(value) => {
			expect(publishedDay(value)).toBeUndefined();
		}
	);
});

describe('webAddress', () => {
	it('keeps an http or https address', () => {
		expect(webAddress(' https://en.wikipedia.org/wiki/Mozilla ')).toBe(
			'https://en.wikipedia.org/wiki/Mozilla'
		);
		expect(webAddress('http://example.com')).toBe('http://example.com/');
	});

	it.each(['javascript:alert(1)', 'data:text/html,x', '/wiki/Mozilla', 'not a url', 7])(
		'refuses %j',
		(value) => {
			expect(webAddress(value)).toBeUndefined();
		}
	);
});

describe('detailText', () => {
	it('collapses whitespace and gives nothing for blank or non-text values', () => {
		expect(detailText('  A.\n  Writer ')).toBe('A. Writer');
		expect(detailText(' \n ')).toBeUndefined();
		expect(detailText(['A. Writer'])).toBeUndefined();
	});
});
