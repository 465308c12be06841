import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '$lib/model/days.ts';
import { timelineItem } from '$lib/testing/timeline-items.ts';
import {
	clampWindow,
	fitToEvent,
	fitWindow,
	holdsItem,
	keepInWindow,
	panWindow,
	scrollToRow,
	zoomAround,
	zoomWindow,
	type ItemFootprint,
	type TimeWindow,
	type ViewGeometry
} from './visible-window.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const window: TimeWindow = { start: at('2000-01-01'), end: at('2010-01-01') };
const width = (shown: TimeWindow) => shown.end.getTime() - shown.start.getTime();
/** Where an instant sits in a window: 0 at its start, 1 at its end. */
const fractionOf = (shown: TimeWindow, instant: Date) =>
	(instant.getTime() - shown.start.getTime()) / width(shown);
const centreOf = (shown: TimeWindow) => (shown.start.getTime() + shown.end.getTime()) / 2;

const item = (id: string, start: Date, end?: Date) => timelineItem(id, start, { end });

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

/** A 1,000-pixel drawing, 10 px of margin, panning over 1980–2025, zooming to a day. */
const view: ViewGeometry = {
	widthPx: 1000,
	marginPx: 10,
	bounds: { start: at('1980-01-01'), end: at('2025-01-01') },
	minSpan: MS_PER_DAY
};
/** Where an instant is drawn in a window on that drawing, in pixels from its left edge. */
const pixelOf = (shown: TimeWindow, instant: Date) => fractionOf(shown, instant) * view.widthPx;
const point = (iso: string, labelPx = 200): ItemFootprint => ({ start: at(iso), labelPx });
const range = (from: string, to: string, labelPx = 200): ItemFootprint => ({
	start: at(from),
	end: at(to),
	labelPx
});
/** The item, label and margins, drawn inside the window: what "fully visible" means. */
function drawnInside(shown: TimeWindow, item: ItemFootprint) {
	const left = pixelOf(shown, item.start);
	const right = Math.max(pixelOf(shown, item.end ?? item.start), left + item.labelPx);
	return left >= view.marginPx - 1e-6 && right <= view.widthPx - view.marginPx + 1e-6;
}

describe('clampWindow', () => {
	const bounds = view.bounds;
	const years = (count: number) => count * 365.25 * MS_PER_DAY;

	it('leaves a window inside the bounds and the zoom limits as it is', () => {
		expect(clampWindow(window, bounds, MS_PER_DAY, years(40))).toBe(window);
	});

	it('moves a window that runs past the bounds back inside them, keeping its width', () => {
		const late = { start: at('2020-01-01'), end: at('2030-01-01') };
		const clamped = clampWindow(late, bounds, MS_PER_DAY, years(40));
		expect(clamped.end).toEqual(bounds.end);
		expect(width(clamped)).toBe(width(late));
	});

	it('narrows a window wider than the widest zoom, and widens one narrower than a day', () => {
		const wide = clampWindow(bounds, bounds, MS_PER_DAY, years(40));
		expect(width(wide)).toBeCloseTo(years(40), -1);
		expect(centreOf(wide)).toBeCloseTo(centreOf(bounds), -1);
		const hour = { start: at('2011-12-16'), end: new Date(at('2011-12-16').getTime() + 3600e3) };
		expect(width(clampWindow(hour, bounds, MS_PER_DAY, years(40)))).toBe(MS_PER_DAY);
	});
});

describe('keepInWindow', () => {
	it('leaves a window alone when the item and its label already fit in it', () => {
		const item = point('2005-01-01');
		expect(holdsItem(window, item, view)).toBe(true);
		expect(keepInWindow(window, item, view)).toBe(window);
	});

	it('counts a label that runs past the right edge as not fitting, and moves to show it', () => {
		// Late 2009 is at 99% of 2000–2010; its 200 px label would end 190 px past the edge.
		const item = point('2009-11-01');
		expect(holdsItem(window, item, view)).toBe(false);
		const kept = keepInWindow(window, item, view);
		expect(width(kept)).toBe(width(window));
		expect(drawnInside(kept, item)).toBe(true);
		// Centred with its label: the dot sits left of the middle by half the label.
		expect(pixelOf(kept, item.start)).toBeCloseTo(500 - 100, 6);
	});

	it('brings an item from outside the window to the middle, at the same width', () => {
		const item = point('2015-06-01', 0);
		const kept = keepInWindow(window, item, view);
		expect(width(kept)).toBe(width(window));
		expect(fractionOf(kept, item.start)).toBeCloseTo(0.5, 9);
	});

	it('widens only as far as a range longer than the window needs, margins included', () => {
		const item = range('1995-01-01', '2008-01-01', 100);
		const kept = keepInWindow(window, item, view);
		expect(drawnInside(kept, item)).toBe(true);
		expect(pixelOf(kept, item.start)).toBeCloseTo(view.marginPx, 6);
		expect(pixelOf(kept, item.end!)).toBeCloseTo(view.widthPx - view.marginPx, 6);
	});

	it('stays within the bounds, narrowing so that a label near their end still fits', () => {
		const late = point('2024-06-01', 300);
		const kept = keepInWindow(window, late, view);
		expect(kept.end.getTime()).toBeLessThanOrEqual(view.bounds.end.getTime());
		expect(kept.start.getTime()).toBeGreaterThanOrEqual(view.bounds.start.getTime());
		expect(width(kept)).toBeLessThan(width(window));
		expect(drawnInside(kept, late)).toBe(true);

		const early = point('1980-06-01', 0);
		const keptEarly = keepInWindow(window, early, view);
		expect(keptEarly.start).toEqual(view.bounds.start);
		expect(drawnInside(keptEarly, early)).toBe(true);
	});

	it('treats a label wider than the drawing as cut to fit it', () => {
		const item = point('2004-01-01', 5000);
		const kept = keepInWindow(window, item, view);
		expect(pixelOf(kept, item.start)).toBeCloseTo(view.marginPx, 6);
	});
});

describe('zoomAround', () => {
	it('zooms around the centre when there is no event to keep', () => {
		expect(zoomAround(window, 0.5, null, view)).toEqual(zoomWindow(window, 0.5));
	});

	it('keeps the event where it was on screen while zooming in and out', () => {
		const item = point('2003-01-01', 100);
		const before = pixelOf(window, item.start);
		for (const factor of [0.5, 0.25, 2]) {
			const zoomed = zoomAround(window, factor, item, view);
			expect(width(zoomed)).toBeCloseTo(width(window) * factor, -2);
			expect(pixelOf(zoomed, item.start)).toBeCloseTo(before, 6);
		}
	});

	it('zooms around a range’s middle, and stops zooming in at its length', () => {
		const item = range('2004-01-01', '2006-01-01', 100);
		let shown = window;
		for (let press = 0; press < 6; press++) {
			shown = zoomAround(shown, 0.5, item, view);
			expect(drawnInside(shown, item)).toBe(true);
		}
		const length = item.end!.getTime() - item.start.getTime();
		expect(width(shown)).toBeCloseTo(length / (1 - (2 * view.marginPx) / view.widthPx), -3);
	});

	it('brings an event that had been panned away back into view', () => {
		const item = point('2013-01-01', 150);
		expect(drawnInside(zoomAround(window, 0.5, item, view), item)).toBe(true);
	});

	it('goes no narrower than the engine’s narrowest window, nor wider than the bounds', () => {
		const day = { start: at('2011-12-16'), end: at('2011-12-17') };
		expect(width(zoomAround(day, 0.1, null, view))).toBeCloseTo(MS_PER_DAY, -1);
		expect(width(zoomAround(window, 100, null, view))).toBeCloseTo(width(view.bounds), -1);
	});
});

describe('fitToEvent', () => {
	const days = (shown: TimeWindow) => width(shown) / MS_PER_DAY;

	it('shows a couple of weeks around a day, with room for its label', () => {
		const fitted = fitToEvent({ ...point('2011-12-16', 200), fit: 'day' }, view);
		expect(days(fitted)).toBeCloseTo(14, 6);
		expect(drawnInside(fitted, point('2011-12-16', 200))).toBe(true);
	});

	it('shows a month or season with a quarter of it either side', () => {
		const season = range('2011-03-01', '2011-06-01', 100);
		const fitted = fitToEvent({ ...season, fit: 'stretch' }, view);
		const length = season.end!.getTime() - season.start.getTime();
		expect(width(fitted)).toBeCloseTo(length * 1.5, -3);
		expect(fitted.start.getTime()).toBeCloseTo(season.start.getTime() - length * 0.25, -3);
	});

	it('shows a year or a span at its extent, with a twentieth either side', () => {
		const span = range('2009-01-01', '2011-01-01', 100);
		const fitted = fitToEvent({ ...span, fit: 'extent' }, view);
		const length = span.end!.getTime() - span.start.getTime();
		expect(width(fitted)).toBeCloseTo(length * 1.1, -3);
		expect(drawnInside(fitted, span)).toBe(true);
	});
});

describe('scrollToRow', () => {
	const rows = { offset: 100, height: 200, contentHeight: 1000 };

	it('leaves the rows where they are when the row is shown whole', () => {
		expect(scrollToRow({ top: 100, height: 30 }, rows, 6)).toBeNull();
		expect(scrollToRow({ top: 270, height: 30 }, rows, 6)).toBeNull();
	});

	it('scrolls as little as it can: a row below ends at the bottom, one above starts the top', () => {
		expect(scrollToRow({ top: 400, height: 30 }, rows, 6)).toBe(400 + 30 + 6 - 200);
		expect(scrollToRow({ top: 280, height: 30 }, rows, 6)).toBe(280 + 30 + 6 - 200);
		expect(scrollToRow({ top: 40, height: 30 }, rows, 6)).toBe(34);
	});

	it('never scrolls above the first row or below the last', () => {
		expect(scrollToRow({ top: 2, height: 30 }, rows, 6)).toBe(0);
		expect(scrollToRow({ top: 990, height: 30 }, rows, 6)).toBe(800);
		expect(scrollToRow({ top: 50, height: 30 }, { ...rows, contentHeight: 150 }, 6)).toBe(0);
	});
});

describe('fitWindow', () => {
	it('falls back to the given window when there is nothing to fit', () => {
		expect(fitWindow([], window)).toBe(window);
	});

	it('shows every item, with a little room before and after', () => {
		const items = [
			item('first', at('2001-01-01')),
			item('span', at('2003-01-01'), at('2006-01-01')),
			item('last', at('2005-01-01'))
		];
		const span = at('2006-01-01').getTime() - at('2001-01-01').getTime();
		expect(fitWindow(items, window)).toEqual({
			start: new Date(at('2001-01-01').getTime() - span * 0.04),
			end: new Date(at('2006-01-01').getTime() + span * 0.04)
		});
	});

	it('takes a single day as sixty days long, so that the window is not a day wide', () => {
		const day = at('2011-12-16');
		expect(fitWindow([item('one', day)], window)).toEqual({
			start: new Date(day.getTime() - 60 * MS_PER_DAY * 0.04),
			end: new Date(day.getTime() + 60 * MS_PER_DAY * 0.04)
		});
	});
});
