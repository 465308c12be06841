import { describe, expect, it } from 'vitest';
import { ownDate } from './own-date.ts';

describe('ownDate', () => {
	it.each([
		[
			'RENO, Nev., Nov. 6, 2019 -- Clearflow Metering today reported its results.',
			'month-first',
			11,
			6
		],
		['Skarholm Bird Station, Sunday 18 September 1983', 'day-first', 9, 18],
		['ALMATY, 16 December 2011 — Workers gathered in the square.', 'day-first', 12, 16],
		['Report date: 2019-09-30.', 'day-first', 9, 30]
	] as const)('reads the date "%s" gives itself', (paragraph, order, month, day) => {
		expect(ownDate(paragraph, order)?.date).toMatchObject({ precision: 'day', month, day });
	});

	it.each([
		'11.05.2011 – About 600 workers stop work at the start of the night shift.',
		'On 16 December 2011 the police opened fire.',
		'In 1991 the republic declared independence.'
	])('takes "%s" for an event, not the date of writing', (paragraph) => {
		expect(ownDate(paragraph, 'day-first')).toBeNull();
	});
});
