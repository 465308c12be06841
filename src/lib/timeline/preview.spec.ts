import { describe, expect, it } from 'vitest';
import type { TimelineItemModel } from './items.ts';
import {
	labelClearancePx,
	layoutPreview,
	previewTicks,
	previewTimeline,
	type PreviewItem
} from './preview.ts';
import { LABEL_MAX_PX } from './label-fit.ts';

function item(
	id: string,
	start: Date,
	options: { end?: Date; title?: string; className?: string } = {}
): TimelineItemModel {
	return {
		id,
		title: options.title ?? id,
		tooltip: id,
		start,
		end: options.end,
		type: options.end ? 'range' : 'point',
		fit: options.end ? 'extent' : 'day',
		className: options.className ?? 'kz-item',
		theme: 'labour',
		themeIndex: 1
	};
}

const decades = { start: new Date(1990, 0, 1), end: new Date(2010, 0, 1) };
const wide = { referenceWidth: 1000 };

/** Things by row, in order along it. */
function rows(items: PreviewItem[]): PreviewItem[][] {
	const byRow: PreviewItem[][] = [];
	for (const entry of items) (byRow[entry.row] ??= []).push(entry);
	return byRow.map((row) => row.sort((a, b) => a.left - b.left));
}

describe('layoutPreview', () => {
	it('places things by date as a percentage of the window', () => {
		const picture = layoutPreview(
			[
				item('start', new Date(1990, 0, 1)),
				item('middle', new Date(2000, 0, 1), { end: new Date(2005, 0, 1) })
			],
			decades,
			2,
			wide
		);
		const [start, middle] = picture.items;
		expect(start).toMatchObject({ id: 'start', kind: 'point', left: 0, width: 0 });
		expect(middle?.kind).toBe('range');
		expect(middle?.left).toBeCloseTo(50, 1);
		expect(middle?.width).toBeCloseTo(25, 1);
		expect(picture.count).toBe(2);
	});

	it('leaves out what is outside the window and keeps what reaches into it', () => {
		const picture = layoutPreview(
			[
				item('before', new Date(1980, 0, 1)),
				item('after', new Date(2011, 0, 1)),
				item('reaching-in', new Date(1985, 0, 1), { end: new Date(1995, 0, 1) })
			],
			decades,
			3,
			wide
		);
		expect(picture.items.map((entry) => entry.id)).toEqual(['reaching-in']);
		expect(picture.items[0]!.left).toBeLessThan(0);
	});

	it('stacks things whose labels would collide and lets far-apart ones share a row', () => {
		const long = 'A title long enough to need a hundred and fifty pixels';
		const picture = layoutPreview(
			[
				item('first', new Date(1990, 0, 1), { title: long }),
				item('close', new Date(1991, 0, 1), { title: long }),
				item('far', new Date(2005, 0, 1), { title: long })
			],
			decades,
			3,
			wide
		);
		const rowOf = Object.fromEntries(picture.items.map((entry) => [entry.id, entry.row]));
		expect(rowOf).toEqual({ first: 0, close: 1, far: 0 });
		expect(picture.rows).toBe(2);
	});

	it('gives each label room for its text, up to the next thing in its row', () => {
		// Titles are drawn at most LABEL_MAX_PX wide, ending in an ellipsis, as the engine draws them.
		const models = Array.from({ length: 60 }, (_, index) =>
			item(`event-${index}`, new Date(1990 + (index % 20), (index * 5) % 12, 1), {
				title: 'x'.repeat(5 + ((index * 7) % 40)),
				end: index % 3 === 0 ? new Date(1992 + (index % 20), 0, 1) : undefined
			})
		);
		const referenceWidth = 690;
		const picture = layoutPreview(models, decades, models.length, { referenceWidth });
		expect(picture.items).toHaveLength(60);
		let pairs = 0;
		for (const row of rows(picture.items)) {
			for (let index = 1; index < row.length; index++) {
				const [previous, next] = [row[index - 1]!, row[index]!];
				// The room ends where the next thing starts; the picture cuts the clearance off that.
				expect(previous.labelLeft + previous.room).toBeCloseTo(next.left, 2);
				expect(next.left).toBeGreaterThanOrEqual(previous.left + previous.width);
				const roomPx = (previous.room * referenceWidth) / 100 - labelClearancePx(previous.kind);
				expect(roomPx).toBeGreaterThanOrEqual(Math.min(previous.title.length * 7, LABEL_MAX_PX));
				pairs++;
			}
		}
		expect(pairs).toBeGreaterThan(10);
	});

	it('starts the label of a thing that began before the window at its left edge', () => {
		const [entry] = layoutPreview(
			[item('earlier', new Date(1985, 0, 1), { end: new Date(1995, 0, 1) })],
			decades,
			1,
			wide
		).items;
		expect(entry!.left).toBeLessThan(0);
		expect(entry!.labelLeft).toBe(0);
		expect(entry!.room).toBe(100);
	});

	it('carries what the item shows: approximate, planned, its theme', () => {
		const [entry] = layoutPreview(
			[
				item('plan', new Date(2000, 0, 1), {
					end: new Date(2001, 0, 1),
					className: 'kz-item is-span is-planned is-approximate'
				})
			],
			decades,
			1,
			wide
		).items;
		expect(entry).toMatchObject({ approximate: true, planned: true, theme: 'labour' });
		expect(entry!.className).toContain('is-span');
	});
});

describe('previewTicks', () => {
	it('labels years, five apart over two decades', () => {
		const ticks = previewTicks(decades, 690);
		expect(ticks.map((tick) => tick.label)).toEqual(['1990', '1995', '2000', '2005']);
		expect(ticks[2]!.left).toBeCloseTo(50, 1);
	});

	it('labels every year over a few years, and months over a few months', () => {
		const years = previewTicks({ start: new Date(2000, 6, 1), end: new Date(2004, 6, 1) }, 690);
		expect(years.map((tick) => tick.label)).toEqual(['2001', '2002', '2003', '2004']);
		const months = previewTicks({ start: new Date(2011, 0, 15), end: new Date(2011, 4, 1) }, 690);
		expect(months.map((tick) => tick.label)).toEqual(['Feb 2011', 'Mar 2011', 'Apr 2011']);
	});

	it('draws nothing for a window with no width, rather than dividing by zero', () => {
		const instant = { start: new Date(2000, 0, 1), end: new Date(2000, 0, 1) };
		expect(previewTicks(instant, 690)).toEqual([]);
		expect(layoutPreview([item('a', instant.start)], instant, 1, wide).items).toEqual([]);
	});
});

describe('previewTimeline', () => {
	it('fits every event and, past the engine budget, counts them in bins that add up', () => {
		const models = Array.from({ length: 2000 }, (_, index) =>
			item(`event-${index}`, new Date(1990, 0, 1 + index * 4))
		);
		const picture = previewTimeline(models, null);
		expect(picture.count).toBe(2000);
		expect(picture.items.length).toBeLessThanOrEqual(150);
		expect(picture.items.every((entry) => entry.kind === 'aggregate')).toBe(true);
		const counted = picture.items.reduce((sum, entry) => sum + Number(entry.title), 0);
		expect(counted).toBe(2000);
	});

	it('draws each event itself when they are few', () => {
		const models = [item('one', new Date(1995, 0, 1)), item('two', new Date(2001, 5, 1))];
		const picture = previewTimeline(models, null);
		expect(picture.items.map((entry) => entry.id)).toEqual(['one', 'two']);
	});
});
