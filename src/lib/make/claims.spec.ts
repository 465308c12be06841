import { describe, expect, it } from 'vitest';
import { addClaimValue, figureNumber, removeClaimValue } from './claims.ts';
import { newTimeline } from './made-timeline.ts';
import { addEvent } from './review.ts';
import { madeCollection } from './to-collection.ts';

function twoAccounts() {
	const made = newTimeline('t', 0);
	made.sources = [
		{
			...made.sources[0]!,
			id: 'agency',
			title: 'Agency report',
			author: 'A',
			publisher: 'P',
			published: '2011-12-17',
			text: 'Officials said 14 people died in the clashes.'
		},
		{
			...made.sources[0]!,
			id: 'witness',
			title: 'Witness account',
			author: 'B',
			publisher: 'Q',
			published: '2011-12-20',
			text: 'Witnesses counted at least 64 dead in the square.'
		}
	];
	return addEvent(made, { title: 'Clashes in the square', date: '2011-12-16' });
}

describe('disputed figures', () => {
	it('keeps two sources’ numbers for one subject, each with its quote, through the validator', () => {
		const { made, id } = twoAccounts();
		let disputed = addClaimValue(made, id, 'People killed', {
			value: '14',
			by: 'officials',
			min: 14,
			max: 14,
			quote: { source: 'agency', text: 'Officials said 14 people died' }
		});
		disputed = addClaimValue(disputed, id, 'People killed', {
			value: 'at least 64',
			by: 'witnesses',
			min: 64,
			quote: { source: 'witness', text: 'at least 64 dead' }
		});
		const event = disputed.events[0]!;
		expect(event.claims).toHaveLength(1);
		expect(event.claims[0]!.values.map((value) => value.by)).toEqual(['officials', 'witnesses']);
		const result = madeCollection(disputed);
		expect(result.ok && result.collection.events[0]!.claims[0]!.values[1]!.quote).toMatchObject({
			source: 'witness',
			paragraph: 1
		});
	});

	it('names a figure whose quote is not in its source', () => {
		const { made, id } = twoAccounts();
		const wrong = addClaimValue(made, id, 'People killed', {
			value: '70',
			by: 'rumour',
			quote: { source: 'witness', text: 'seventy died' }
		});
		const result = madeCollection(wrong);
		expect(
			result.ok ? [] : result.problems.map((problem) => `${problem.file}: ${problem.field}`)
		).toEqual(['Event “Clashes in the square”: claims[0].values[0].quote.text']);
	});

	it('takes a figure away, and the subject with its last one', () => {
		const { made, id } = twoAccounts();
		const one = addClaimValue(made, id, 'People killed', {
			value: '14',
			by: 'officials',
			quote: { source: 'agency', text: 'Officials said 14 people died' }
		});
		expect(removeClaimValue(one, id, 'People killed', 0).events[0]!.claims).toEqual([]);
	});

	it('reads the number in a figure’s words where there is one', () => {
		expect(figureNumber('17')).toBe(17);
		expect(figureNumber('at least 1,200')).toBe(1200);
		expect(figureNumber('dozens')).toBeUndefined();
		expect(figureNumber('between 12 and 70')).toBeUndefined();
	});
});
