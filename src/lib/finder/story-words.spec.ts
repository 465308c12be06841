import { describe, expect, it } from 'vitest';
import { storyDates } from './story-words.ts';

const read = (text: string) => storyDates(text).map((mention) => mention.from);

describe('storyDates', () => {
	it.each([
		['On the 10th', { precision: 'day', day: 10, inAnchorMonth: true }],
		['at the end of the month', { precision: 'month', inAnchorMonth: true }],
		['the next day', { precision: 'day', daysAfterAnchor: 1 }],
		['two days later', { precision: 'day', daysAfterAnchor: 2 }],
		['a week later', { precision: 'day', daysAfterAnchor: 7 }],
		['that evening', { precision: 'day', daysAfterAnchor: 0 }],
		['the following autumn', { precision: 'season', season: 'autumn', afterAnchor: 'on' }],
		['the following March', { precision: 'month', month: 3, afterAnchor: 'on' }],
		['the previous year', { precision: 'year', afterAnchor: 'back' }],
		['by the end of the decade', { precision: 'year', decadeOfAnchor: 9 }]
	])('reads "%s"', (text, from) => {
		expect(read(text)).toEqual([from]);
	});

	it('takes "the 3rd battalion" and "the 19th century" for no day', () => {
		expect(storyDates('on the 3rd floor; by the 19th century; the 3rd battalion')).toEqual([]);
	});
});
