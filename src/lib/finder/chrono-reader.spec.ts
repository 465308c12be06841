import { describe, expect, it } from 'vitest';
import { numberOrderOf, writtenDates } from './chrono-reader.ts';

const read = (text: string) =>
	writtenDates(text).map((mention) => ({
		text: text.slice(mention.start, mention.end),
		from: mention.from,
		to: mention.to
	}));

describe('writtenDates', () => {
	it('reads numbers day first, as a chronology from most of the world writes them', () => {
		expect(read('11.05.2011 – the plant opened')).toEqual([
			{
				text: '11.05.2011',
				from: { precision: 'day', year: 2011, month: 5, day: 11 },
				to: undefined
			}
		]);
	});

	it('takes "December 17" for a day, not for December 2017', () => {
		expect(read('on December 17, the strike began')[0]!.from).toEqual({
			precision: 'day',
			year: undefined,
			month: 12,
			day: 17
		});
	});

	it.each([
		['March 3, 2014', { precision: 'day', year: 2014, month: 3, day: 3 }],
		['16 December 2011', { precision: 'day', year: 2011, month: 12, day: 16 }],
		['June 2012', { precision: 'month', year: 2012, month: 6 }],
		['Sept. 11, 2001', { precision: 'day', year: 2001, month: 9, day: 11 }],
		['in April', { precision: 'month', year: undefined, month: 4 }]
	])('reads %s', (text, from) => {
		expect(read(text).map((mention) => mention.from)).toEqual([from]);
	});

	it('reads a range of days as a span', () => {
		const [range] = read('The talks ran 16–17 December 2011.');
		expect(range!.text).toBe('16–17 December 2011');
		expect(range!.to).toEqual({ precision: 'day', year: 2011, month: 12, day: 17 });
	});

	it('lends the year of one end of a span to the other, across the turn of a year', () => {
		const [range] = read('from December 17 to January 5, 2012 the roads were shut');
		expect(range!.from).toMatchObject({ year: 2011, month: 12, day: 17 });
		expect(range!.to).toMatchObject({ year: 2012, month: 1, day: 5 });
	});

	it('reads "June 3–9, 2018" as a span of days', () => {
		const [range] = read('I spent June 3–9, 2018 on the islands');
		expect([range!.text, range!.from, range!.to]).toEqual([
			'June 3–9, 2018',
			{ precision: 'day', year: 2018, month: 6, day: 3 },
			{ precision: 'day', year: 2018, month: 6, day: 9 }
		]);
	});

	it('reads a weekday with its written date', () => {
		expect(read('until Saturday, October 31')[0]!.from).toMatchObject({ month: 10, day: 31 });
	});

	it('takes "the end of December" for the month, hedged, not for the 31st', () => {
		const [end] = writtenDates('lines will stop at the end of December');
		expect(end).toMatchObject({ from: { precision: 'month', month: 12 }, hedged: true });
	});

	it.each([
		'on Tuesday',
		'last year',
		'two years ago',
		'yesterday',
		'for 3 days',
		'at 5 pm',
		'after two years of work',
		'killed since 9/11 by terrorism',
		'today',
		'by the end of the month'
	])('leaves "%s" to the readers that count from the date published, or drops it', (text) => {
		expect(read(text)).toEqual([]);
	});

	it('does not keep the comma chrono reads after a date', () => {
		expect(read('On 5 May, they met').map((mention) => mention.text)).toEqual(['On 5 May']);
	});
});

describe('numberOrderOf', () => {
	it.each([
		['The council met on March 3, 2014, and again on 03/15/2014.', 'month-first'],
		['The council met on 3 March 2014, and again on 15/03/2014.', 'day-first'],
		['Filed on 08/07/2019; results due on 11.05.2011.', 'day-first'],
		['Revenue rose on Nov. 6, 2019; filed on 03/01/2019.', 'month-first'],
		['No dates here at all.', 'day-first']
	] as const)('reads "%s" as %s', (text, order) => {
		expect(numberOrderOf(text)).toBe(order);
	});

	it('reads numbers month first in a text that does', () => {
		expect(read('filed on 03/01/2019')[0]!.from).toMatchObject({ month: 1, day: 3 });
		expect(writtenDates('filed on 03/01/2019', 'month-first')[0]!.from).toMatchObject({
			month: 3,
			day: 1
		});
	});
});
