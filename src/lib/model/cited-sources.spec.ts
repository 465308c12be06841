import { describe, expect, it } from 'vitest';
import { citedSourceIds } from './cited-sources.ts';
import { timelineEvent } from './fixtures.ts';
import type { ResolvedQuote } from './types.ts';

const quote = (source: string): ResolvedQuote => ({
	text: 'words',
	source,
	paragraph: 1,
	start: 0,
	end: 5
});

describe('citedSourceIds', () => {
	it('lists the sources of quotes, figures and claims, once each, in the order first cited', () => {
		const events = [
			timelineEvent({
				id: 'a',
				quotes: [quote('article'), quote('report')],
				figures: [
					{ label: 'Killed', value: 17, unit: 'people', lowerBound: false, quote: quote('figures') }
				]
			}),
			timelineEvent({
				id: 'b',
				quotes: [quote('report')],
				claims: [
					{
						subject: 'Killed',
						values: [{ value: 'dozens', by: 'human rights groups', quote: quote('claims') }]
					}
				]
			})
		];
		expect(citedSourceIds(events)).toEqual(['article', 'report', 'figures', 'claims']);
	});

	it('lists nothing for no events', () => {
		expect(citedSourceIds([])).toEqual([]);
	});
});
