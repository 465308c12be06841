import { describe, expect, it } from 'vitest';
import { relativeDates } from './relative-words.ts';

const read = (text: string) =>
	relativeDates(text)
		.sort((a, b) => b.end - b.start - (a.end - a.start))
		.map((mention) => ({ text: text.slice(mention.start, mention.end), from: mention.from }))[0];

describe('relativeDates', () => {
	it.each([
		['last year', { precision: 'year', yearOffset: -1 }],
		['next year', { precision: 'year', yearOffset: 1 }],
		['in April last year', { precision: 'month', month: 4, yearOffset: -1 }],
		['in December of last year', { precision: 'month', month: 12, yearOffset: -1 }],
		['last December', { precision: 'month', month: 12, way: 'back' }],
		['next March', { precision: 'month', month: 3, way: 'on' }],
		['this summer', { precision: 'season', season: 'summer', yearOffset: 0 }],
		['last autumn', { precision: 'season', season: 'autumn', way: 'back' }],
		['on Tuesday', { precision: 'day', weekday: 2, way: undefined }],
		['last Friday', { precision: 'day', weekday: 5, way: 'back' }],
		['next Monday', { precision: 'day', weekday: 1, way: 'on' }],
		['two years ago', { precision: 'year', yearOffset: -2 }],
		['a year ago', { precision: 'year', yearOffset: -1 }],
		['yesterday', { precision: 'day', dayOffset: -1 }],
		['earlier this month', { precision: 'month', monthOffset: 0 }],
		['last month', { precision: 'month', monthOffset: -1 }]
	])('reads "%s"', (text, from) => {
		expect(read(text)?.from).toEqual(from);
	});

	it.each(['In recent years', 'in the past years', 'over the last few years'])(
		'reads "%s" as the four years before the one published, hedged',
		(text) => {
			const [mention] = relativeDates(text);
			expect(mention).toMatchObject({
				from: { yearOffset: -4 },
				to: { yearOffset: -1 },
				hedged: true
			});
			expect(text.slice(mention!.start, mention!.end)).toBe(text);
		}
	);

	it('leaves a weekday that recurs, or that a written date follows, to other readers', () => {
		expect(relativeDates('a bus will call every Tuesday and each Saturday')).toEqual([]);
		expect(relativeDates('the cabinet meets every second Monday; it was a Sunday')).toEqual([]);
		expect(relativeDates('until Saturday, October 31')).toEqual([]);
	});

	it('finds nothing in words that only look like dates', () => {
		expect(
			relativeDates('Today they may march; the last years of the plan were years ago in spirit.')
		).toEqual([]);
	});
});
