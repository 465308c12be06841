import { describe, expect, it } from 'vitest';
import type { Mention } from './moment.ts';
import * as periods from './periods.ts';
import * as years from './year-words.ts';

const texts = (text: string, mentions: Mention[]) =>
	mentions.map((mention) => text.slice(mention.start, mention.end));

describe('bareYears', () => {
	it.each([
		['Nazarbayev came to power in 1990.', '1990'],
		['the 2008 crisis hit the banks', '2008'],
		['the Human Development Report of 2009', '2009'],
		['the elections scheduled for 2013', '2013'],
		['The treaty (1994) still holds.', '1994'],
		['1991: independence is declared.', '1991'],
		['by early 2011 the mine was closed', '2011'],
		['Its busiest year was 1988, when', '1988'],
		['• 1952 – Edith opens the shop.', '1952']
	])('finds the year in "%s"', (text, year) => {
		expect(texts(text, years.bareYears(text))).toEqual([year]);
	});

	it.each([
		'About 2000 workers marched.',
		'Room 1990 is on the second floor.',
		'She paid 2,011 tenge, 7.2 percent more.',
		'Call 1990 2011 for tickets.',
		'The fund holds 1500 tonnes of grain.',
		'On 2011-12-16 the strike ended.',
		'the 1990s'
	])('finds no year in "%s"', (text) => {
		expect(years.bareYears(text)).toEqual([]);
	});

	it('runs "since 2000" on to the last whole year before the text was published', () => {
		const [since] = years.bareYears('Oil has boomed since 2000.');
		expect(since!.to).toEqual({ precision: 'year', yearOffset: -1 });
	});
});

const year = (value: number) => ({ precision: 'year', year: value });

describe('spans of years, decades and centuries', () => {
	it.each([
		['from 1995 to 1999', years.yearSpans, 1995, 1999, false],
		['between 1995 and 1999', years.yearSpans, 1995, 1999, false],
		['in 1995–1999', years.yearSpans, 1995, 1999, false],
		['in 1995-99', years.yearSpans, 1995, 1999, false],
		['shrank from 6 percent in 1990 to 2.3 percent in 2005', years.changeSpans, 1990, 2005, false],
		['in 2009 and 2010', years.adjacentYears, 2009, 2010, false]
	])('reads "%s" as a span', (text, read, first, last, hedged) => {
		const [span] = read(text);
		expect([span!.from.year, span!.to!.year, span!.hedged]).toEqual([first, last, hedged]);
	});

	it.each([
		['in the 1990s', periods.decades, 1990, 1999],
		['the early 2000s', periods.decades, 2000, 2003],
		['the mid-1980s', periods.decades, 1983, 1986],
		['in the late 1970s', periods.decades, 1977, 1979],
		['in the ’90s', periods.decades, 1990, 1999],
		['In the 13th century', periods.centuries, 1200, 1299],
		['by the late eighteenth century', periods.centuries, 1767, 1799],
		['the 1920s and 1930s', periods.decadePairs, 1920, 1939]
	])('reads "%s" as a span of years, hedged', (text, read, first, last) => {
		expect(read(text)).toEqual([
			expect.objectContaining({ from: year(first), to: year(last), hedged: true })
		]);
	});

	it('joins two years in a row, and only those', () => {
		expect(years.adjacentYears('in 2009 and 2012')).toEqual([]);
	});
});
