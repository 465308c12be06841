import { describe, expect, it } from 'vitest';
import { hedgedBefore, proposeTitle, speaksOfFuture } from './statement.ts';

const title = (clause: string, date: string) => {
	const start = clause.indexOf(date);
	return proposeTitle(clause, { start, end: start + date.length });
};

describe('proposeTitle', () => {
	it.each([
		[
			'On January 15, Kazakhstan held its parliamentary elections amid rising social tensions.',
			'January 15',
			'Kazakhstan held its parliamentary elections amid rising social tensions'
		],
		[
			'Only a few weeks earlier, on December 16, security forces massacred at least 17 striking oil workers',
			'December 16',
			'Security forces massacred at least 17 striking oil workers'
		],
		[
			'In the spring, the shock wave of the uprisings in Egypt and Tunisia reached Kazakhstan.',
			'spring',
			'The shock wave of the uprisings in Egypt'
		],
		['The bridge opened in 1990.', '1990', 'The bridge opened']
	])('titles "%s"', (clause, date, expected) => {
		expect(title(clause, date)).toBe(expected);
	});
});

describe('hedgedBefore', () => {
	it.each([
		['about 2005', true],
		['in early 2011', true],
		['by the end of 2011', true],
		['in the mid-1990s', true],
		['in 2005', false]
	])('"%s" is hedged: %s', (text, hedged) => {
		const start = text.search(/\d/);
		expect(hedgedBefore(text, { start, end: start + 4 })).toBe(hedged);
	});
});

describe('speaksOfFuture', () => {
	it.each([
		['the elections scheduled for 2013 were moved forward', true],
		['he announced a system that will start in 2015', true],
		['the vote is expected to take place in March', true],
		['a party that would represent big business', false],
		['the plant closed in 1999', false]
	])('"%s": %s', (clause, future) => {
		expect(speaksOfFuture(clause)).toBe(future);
	});

	it.each([
		['On Sunday, voters will elect a new council', 'Sunday', true],
		['the trams will stop in March', 'March', true],
		[
			'On January 23, 1998, Netscape announced that its browser will be free',
			'January 23, 1998',
			false
		],
		['The mayor said on Friday that the trams will stop', 'Friday', false]
	])('"%s": the date "%s" is in the future: %s', (clause, date, future) => {
		const start = clause.indexOf(date);
		expect(speaksOfFuture(clause, { start, end: start + date.length })).toBe(future);
	});
});
