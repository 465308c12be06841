import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '$lib/model/days';
import type { TimelineItemModel } from './items.ts';
import { fitWindow, panWindow, planReveal, zoomWindow, type TimeWindow } from './visible-window.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const window: TimeWindow = { start: at('2000-01-01'), end: at('2010-01-01') };
const width = (shown: TimeWindow) => shown.end.getTime() - shown.start.getTime();
/** Where an instant sits in a window: 0 at its start, 1 at its end. */
const fractionOf = (shown: TimeWindow, instant: Date) =>
	(instant.getTime() - shown.start.getTime()) / width(shown);
const centreOf = (shown: TimeWindow) => (shown.start.getTime() + shown.end.getTime()) / 2;

function item(id: string, start: Date, end?: Date): TimelineItemModel {
	return {
		id,
		title: id,
		tooltip: id,
		start,
		end,
		type: end ? 'range' : 'point',
		className: 'kz-item',
		theme: 'labour',
		themeIndex: 0
	};
}

describe('zoomWindow', () => {
	it('zooms in and out around the centre, keeping it where it was', () => {
		const zoomedIn = zoomWindow(window, 0.5);
		expect(width(zoomedIn)).toBe(width(window) / 2);
		expect(centreOf(zoomedIn)).toBe(centreOf(window));
		const zoomedOut = zoomWindow(window, 2);
		expect(width(zoomedOut)).toBe(width(window) * 2);
		expect(centreOf(zoomedOut)).toBe(centreOf(window));
	});

	it('keeps an anchor at the same fraction of the window', () => {
		const anchor = at('2002-07-01');
		const before = fractionOf(window, anchor);
		for (const factor of [0.5, 2, 0.1, 3]) {
			const zoomed = zoomWindow(window, factor, anchor);
			expect(width(zoomed)).toBeCloseTo(width(window) * factor, -1);
			expect(fractionOf(zoomed, anchor)).toBeCloseTo(before, 9);
		}
	});

	it('keeps an anchor outside the window outside it, on the same side', () => {
		const anchor = at('2012-01-01');
		const zoomed = zoomWindow(window, 0.5, anchor);
		expect(fractionOf(zoomed, anchor)).toBeCloseTo(fractionOf(window, anchor), 9);
		expect(zoomed.end.getTime()).toBeLessThan(anchor.getTime());
	});

	it('leaves the window as it is for a factor of 1', () => {
		expect(zoomWindow(window, 1, at('2003-03-03'))).toEqual(window);
	});
});

describe('panWindow', () => {
	it('moves the window by a fraction of its width, keeping the width', () => {
		const later = panWindow(window, 0.2);
		expect(later.start.getTime() - window.start.getTime()).toBe(width(window) * 0.2);
		expect(width(later)).toBe(width(window));
		const earlier = panWindow(window, -0.8);
		expect(earlier.end.getTime() - window.end.getTime()).toBe(-width(window) * 0.8);
		expect(width(earlier)).toBe(width(window));
	});
});

describe('planReveal', () => {
	const inside = { start: at('2004-01-01'), end: at('2005-01-01') };

	it('stays put for an item inside, when asked to move only if it is outside', () => {
		expect(planReveal(window, inside, true)).toEqual({ kind: 'stay' });
		expect(planReveal(window, { start: window.start, end: window.end }, true)).toEqual({
			kind: 'stay'
		});
	});

	it('centres an item inside when asked to reveal it anyway', () => {
		const plan = planReveal(window, inside);
		expect(plan.kind).toBe('centre');
		if (plan.kind !== 'centre') return;
		expect(width(plan.window)).toBe(width(window));
		expect(centreOf(plan.window)).toBe((inside.start.getTime() + inside.end.getTime()) / 2);
	});

	it('centres an item outside, or partly outside, at the same width', () => {
		const point = { start: at('2015-06-01') };
		const overlapping = { start: at('2009-06-01'), end: at('2010-06-01') };
		for (const [extent, centre] of [
			[point, point.start.getTime()],
			[overlapping, (overlapping.start.getTime() + overlapping.end.getTime()) / 2]
		] as const) {
			const plan = planReveal(window, extent, true);
			expect(plan.kind).toBe('centre');
			if (plan.kind !== 'centre') continue;
			expect(width(plan.window)).toBe(width(window));
			expect(centreOf(plan.window)).toBe(centre);
		}
	});

	it('zooms out to an item wider than 90% of the window, with a tenth of it either side', () => {
		const wide = { start: at('1995-01-01'), end: at('2005-01-01') };
		const length = wide.end.getTime() - wide.start.getTime();
		for (const onlyIfOutside of [false, true]) {
			expect(planReveal(window, wide, onlyIfOutside)).toEqual({
				kind: 'widen',
				window: {
					start: new Date(wide.start.getTime() - length * 0.1),
					end: new Date(wide.end.getTime() + length * 0.1)
				}
			});
		}
	});

	it('centres rather than widens an item of exactly 90% of the window', () => {
		const start = window.start.getTime();
		const justFits = { start: window.start, end: new Date(start + width(window) * 0.9) };
		expect(planReveal(window, justFits).kind).toBe('centre');
	});
});

describe('fitWindow', () => {
	it('falls back to the given window when there is nothing to fit', () => {
		expect(fitWindow([], window)).toBe(window);
	});

	it('shows every item, with a little room before and more after for the labels', () => {
		const items = [
			item('first', at('2001-01-01')),
			item('span', at('2003-01-01'), at('2006-01-01')),
			item('last', at('2005-01-01'))
		];
		const span = at('2006-01-01').getTime() - at('2001-01-01').getTime();
		expect(fitWindow(items, window)).toEqual({
			start: new Date(at('2001-01-01').getTime() - span * 0.04),
			end: new Date(at('2006-01-01').getTime() + span * 0.22)
		});
	});

	it('takes a single day as sixty days long, so that the window is not a day wide', () => {
		const day = at('2011-12-16');
		expect(fitWindow([item('one', day)], window)).toEqual({
			start: new Date(day.getTime() - 60 * MS_PER_DAY * 0.04),
			end: new Date(day.getTime() + 60 * MS_PER_DAY * 0.22)
		});
	});
});
