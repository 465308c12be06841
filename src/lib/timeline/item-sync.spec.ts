import { describe, expect, it } from 'vitest';
import type { AggregateModel } from './aggregate.ts';
import type { TimelineItemModel } from './items.ts';
import { timelineItem } from '$lib/testing/timeline-items.ts';
import {
	itemSignature,
	syncItems,
	toVisItem,
	type VisItem,
	type VisItemContext
} from './item-sync.ts';

const event = (id: string, theme = 'labour', end?: Date): TimelineItemModel =>
	timelineItem(id, new Date(2001, 0, 1), { end, theme });

function count(id: string, total: number, lane?: string): AggregateModel {
	return {
		kind: 'aggregate',
		id: `aggregate:${id}`,
		start: new Date(2002, 0, 1),
		end: new Date(2003, 0, 1),
		count: total,
		lane,
		tooltip: `${total} events`
	};
}

const context: VisItemContext = {
	lanes: false,
	currentId: null,
	themeStyles: { labour: '--theme: red', oil: '--theme: black' }
};
const strike = event('strike');
const oilDeal = event('oil-deal', 'oil', new Date(2001, 5, 1));
const bin = count('bin', 12);
const models = [strike, oilDeal, bin];

/** What the engine holds once it has been handed these items. */
const held = (items: readonly VisItem[]) =>
	new Map(items.map((item) => [item.id, itemSignature(item)]));
const ids = (items: readonly VisItem[]) => items.map((item) => item.id);

describe('toVisItem', () => {
	it('gives a point no end key at all, and a range its end', () => {
		expect('end' in toVisItem(event('strike'), context)).toBe(false);
		expect(toVisItem(oilDeal, context).end).toEqual(new Date(2001, 5, 1));
	});

	it('colours an event by its theme, marks the current one, and lanes only with lanes on', () => {
		const item = toVisItem(event('strike'), { ...context, currentId: 'strike', lanes: true });
		expect(item).toMatchObject({
			style: '--theme: red',
			className: 'kz-item is-current',
			group: 'labour'
		});
		expect(toVisItem(event('strike'), context).group).toBeUndefined();
		expect(toVisItem(count('bin', 3, 'oil'), { ...context, lanes: true })).toMatchObject({
			type: 'range',
			className: 'kz-aggregate',
			group: 'oil'
		});
	});
});

describe('syncItems', () => {
	const strikeItem = toVisItem(strike, context);
	const oilDealItem = toVisItem(oilDeal, context);
	const binItem = toVisItem(bin, context);
	const first = [strikeItem, oilDealItem, binItem];

	it('adds every item on the first sync', () => {
		expect(syncItems(new Map(), first)).toEqual({ remove: [], update: first });
	});

	it('changes nothing when the same items come again', () => {
		const again = models.map((model) => toVisItem(model, context));
		expect(syncItems(held(first), again)).toEqual({ remove: [], update: [] });
	});

	it('updates only the item whose class changed', () => {
		const next = models.map((model) => toVisItem(model, { ...context, currentId: 'oil-deal' }));
		expect(ids(syncItems(held(first), next).update)).toEqual(['oil-deal']);
		expect(syncItems(held(first), next).remove).toEqual([]);
	});

	it('updates only the item whose lane changed', () => {
		const next = [{ ...strikeItem, group: 'labour' }, oilDealItem, binItem];
		expect(ids(syncItems(held(first), next).update)).toEqual(['strike']);
	});

	it('updates only the count whose number changed', () => {
		const recounted = toVisItem(count('bin', 13), context);
		const next = [strikeItem, oilDealItem, recounted];
		expect(syncItems(held(first), next)).toEqual({ remove: [], update: [recounted] });
	});

	it('removes an item that is no longer wanted, and adds a new one', () => {
		const added = toVisItem(event('protest'), context);
		const next = [strikeItem, binItem, added];
		expect(syncItems(held(first), next)).toEqual({ remove: ['oil-deal'], update: [added] });
	});

	it('does not change what it is given', () => {
		const shown = held(first);
		syncItems(shown, []);
		expect([...shown.keys()]).toEqual(ids(first));
	});
});

describe('itemSignature', () => {
	it('differs when the extent changes', () => {
		const item = toVisItem(oilDeal, context);
		expect(itemSignature({ ...item, end: new Date(2001, 6, 1) })).not.toBe(itemSignature(item));
		expect(itemSignature({ ...item, start: new Date(2000, 6, 1) })).not.toBe(itemSignature(item));
	});
});
