import { describe, expect, it } from 'vitest';
import { isAggregate, itemsForWindow, type AggregateModel } from './aggregate.ts';
import { timelineItem } from '$lib/testing/timeline-items.ts';

const item = (id: string, start: Date, theme = 'labour', end?: Date) =>
	timelineItem(id, start, { end, theme });

const window = { start: new Date(2000, 0, 1), end: new Date(2001, 0, 1) };
const options = { budget: 5, binsPerWindow: 4, lanes: false, keep: new Set<string>() };

describe('itemsForWindow', () => {
	it('hands over the events near the window when they fit the budget', () => {
		const models = [
			item('far-before', new Date(1990, 0, 1)),
			item('just-before', new Date(1999, 5, 1)),
			item('inside', new Date(2000, 5, 1)),
			item('long-span', new Date(1980, 0, 1), 'labour', new Date(2010, 0, 1)),
			item('far-after', new Date(2010, 0, 1))
		];
		expect(itemsForWindow(models, window, options).map((model) => model.id)).toEqual([
			'just-before',
			'inside',
			'long-span'
		]);
	});

	it('always hands over the events it is told to keep, however far from the window', () => {
		const models = [
			item('far-before', new Date(1990, 0, 1)),
			item('inside', new Date(2000, 5, 1)),
			item('far-after', new Date(2010, 0, 1))
		];
		const kept = itemsForWindow(models, window, { ...options, keep: new Set(['far-before']) });
		expect(kept.map((model) => model.id)).toEqual(['far-before', 'inside']);
	});

	it('counts events in bins when there are more than the budget, keeping the selection', () => {
		const models = Array.from({ length: 40 }, (_, index) =>
			item(
				`event-${index}`,
				new Date(2000, index % 12, 1 + (index % 28)),
				index % 2 ? 'labour' : 'economy'
			)
		);
		const result = itemsForWindow(models, window, {
			...options,
			keep: new Set(['event-3'])
		});
		const aggregates = result.filter(isAggregate);
		expect(result.filter((model) => !isAggregate(model)).map((model) => model.id)).toEqual([
			'event-3'
		]);
		expect(aggregates.reduce((sum, aggregate) => sum + aggregate.count, 0)).toBe(39);
		expect(aggregates.length).toBeLessThanOrEqual(4);
		expect(aggregates[0]!.tooltip).toMatch(/^\d+ events: zoom in to see them$/);
	});

	it('keeps one set of bins per lane', () => {
		const models = Array.from({ length: 12 }, (_, index) =>
			item(`event-${index}`, new Date(2000, 1, 1 + index), index % 2 ? 'labour' : 'economy')
		);
		const aggregates = itemsForWindow(models, window, { ...options, lanes: true }).filter(
			isAggregate
		) as AggregateModel[];
		expect(aggregates.map((aggregate) => [aggregate.lane, aggregate.count]).sort()).toEqual([
			['economy', 6],
			['labour', 6]
		]);
	});
});
