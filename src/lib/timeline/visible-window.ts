import { MS_PER_DAY, MS_PER_YEAR } from '$lib/model/days.ts';
import type { TimelineItemModel } from './items.ts';

/** A span of time the timeline shows, or could show. */
export interface TimeWindow {
	start: Date;
	end: Date;
}

/** Where an item lies in time; a point has no end. */
/**
 * Who moved the window: `reader` for their drags, wheels, pinches, zoom and pan commands;
 * `fit` for the default view of every item; `follow` for the timeline's own moves (keeping the
 * focus in view, opening at a window it was given).
 */
export type WindowOrigin = 'reader' | 'fit' | 'follow';

export interface TimeExtent {
	start: Date;
	end?: Date;
}

/** What a timeline with nothing on it shows: any stretch will do. */
export const EMPTY_WINDOW: TimeWindow = {
	start: new Date(1980, 0, 1),
	end: new Date(2025, 0, 1)
};

/** Room to pan either side of a collection, in years. */
const MARGIN_YEARS = 10;
/** The widest window is at least this wide, so that a short collection still shows its decades. */
const WIDEST_AT_LEAST = 40 * MS_PER_YEAR;

/**
 * How far a reader may pan a collection's timeline (from ten years before its first event to ten
 * after its last, in whole years) and how wide a window may grow: forty years at least, and
 * always room for the whole collection and half as much again.
 */
export function timelineRange(extent: TimeWindow | null): { bounds: TimeWindow; widest: number } {
	if (!extent) return { bounds: EMPTY_WINDOW, widest: WIDEST_AT_LEAST };
	const lastYear = new Date(extent.end.getTime() - 1).getFullYear();
	const bounds = {
		start: new Date(extent.start.getFullYear() - MARGIN_YEARS, 0, 1),
		end: new Date(lastYear + MARGIN_YEARS, 0, 1)
	};
	const span = extent.end.getTime() - extent.start.getTime();
	return { bounds, widest: Math.max(WIDEST_AT_LEAST, span * 1.5) };
}

/** Room kept between an item kept in view and the edges of the drawing, in pixels. */
export const EDGE_MARGIN_PX = 12;

/** The room "Fit all" leaves before the first event and after the last, as a share of them. */
const FIT_MARGIN = 0.04;

/**
 * A window that fits every item with a small margin each side. The labels of the last events
 * use the room there is (label-fit.ts): a point's turns to the left of its dot at the edge.
 */
export function fitWindow(items: readonly TimelineItemModel[], fallback: TimeWindow): TimeWindow {
	if (items.length === 0) return fallback;
	let start = Infinity;
	let end = -Infinity;
	for (const item of items) {
		start = Math.min(start, item.start.getTime());
		end = Math.max(end, (item.end ?? item.start).getTime());
	}
	const span = Math.max(end - start, 60 * MS_PER_DAY);
	return { start: new Date(start - span * FIT_MARGIN), end: new Date(end + span * FIT_MARGIN) };
}

/**
 * The window `factor` times as wide (< 1 zooms in, > 1 out) around `anchor`, the centre unless
 * given. The anchor stays at the same fraction of the window, so zooming around a chosen event
 * keeps it where the reader's eye already is.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor?: Date): TimeWindow {
	const start = window.start.getTime();
	const end = window.end.getTime();
	const at = anchor?.getTime() ?? (start + end) / 2;
	return { start: new Date(at - (at - start) * factor), end: new Date(at + (end - at) * factor) };
}

/**
 * The window zoomed by `factor` around the point `at` across it (0 to 1), as the wheel zooms
 * around the pointer, its width kept between `minSpan` and `maxSpan`; null when it is already
 * as narrow or as wide as it may be, where a further turn would only slide it.
 */
export function zoomAtPoint(
	window: TimeWindow,
	factor: number,
	at: number,
	minSpan: number,
	maxSpan: number
): TimeWindow | null {
	const span = spanOf(window);
	const allowed = Math.min(maxSpan, Math.max(minSpan, span * factor)) / span;
	if (Math.abs(allowed - 1) < 1e-6) return null;
	return zoomWindow(window, allowed, new Date(window.start.getTime() + span * at));
}

/**
 * The window as the engine will show it: no narrower than `minSpan`, no wider than `maxSpan`
 * (about its centre), and moved inside the bounds. Asking for exactly this, the engine reports
 * back the window it was asked for.
 */
export function clampWindow(
	window: TimeWindow,
	bounds: TimeWindow,
	minSpan: number,
	maxSpan: number
): TimeWindow {
	const [lowest, highest] = [bounds.start.getTime(), bounds.end.getTime()];
	const span = Math.min(highest - lowest, maxSpan, Math.max(minSpan, spanOf(window)));
	const centre = (window.start.getTime() + window.end.getTime()) / 2;
	const start = Math.max(lowest, Math.min(highest - span, centre - span / 2));
	if (start === window.start.getTime() && start + span === window.end.getTime()) return window;
	return { start: new Date(start), end: new Date(start + span) };
}

/** The window moved by `fraction` of its width; negative is earlier. */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
	const shift = (window.end.getTime() - window.start.getTime()) * fraction;
	return {
		start: new Date(window.start.getTime() + shift),
		end: new Date(window.end.getTime() + shift)
	};
}

/** What keeping an item in view needs to know of it: where it lies, and its label's room. */
export interface ItemFootprint extends TimeExtent {
	/** Pixels its label takes, from its start rightwards (a range's label starts inside it). */
	labelPx: number;
}

/** The drawing the window is shown in. */
export interface ViewGeometry {
	/** Width of the drawing area, in pixels. */
	widthPx: number;
	/** Room kept between an item kept in view and either edge, in pixels. */
	marginPx: number;
	/** How far the window may go. */
	bounds: TimeWindow;
	/** The narrowest window the engine will show, in milliseconds. */
	minSpan: number;
}

const spanOf = (window: TimeWindow) => window.end.getTime() - window.start.getTime();

/** Where the item and its label reach, with the margin, in a window `span` ms wide. */
function reach(item: ItemFootprint, span: number, view: ViewGeometry) {
	const msPerPx = span / view.widthPx;
	// A label wider than the drawing cannot be shown whole; the timeline cuts it with an ellipsis.
	const labelPx = Math.min(item.labelPx, view.widthPx - 2 * view.marginPx);
	const start = item.start.getTime();
	const end = Math.max((item.end ?? item.start).getTime(), start + labelPx * msPerPx);
	return { left: start - view.marginPx * msPerPx, right: end + view.marginPx * msPerPx };
}

/** Whether the item, its label included, lies inside the window with the margin to spare. */
export function holdsItem(window: TimeWindow, item: ItemFootprint, view: ViewGeometry): boolean {
	const { left, right } = reach(item, spanOf(window), view);
	return left >= window.start.getTime() && right <= window.end.getTime();
}

/**
 * The window that shows `item` whole: `window` itself when it already does. Otherwise the same
 * width centred on the item (so that the events after it have room too), widened only when the
 * item is longer than that, and kept within the bounds, narrowing if a label near the end of
 * time would otherwise run out of them.
 */
export function keepInWindow(
	window: TimeWindow,
	item: ItemFootprint,
	view: ViewGeometry
): TimeWindow {
	if (holdsItem(window, item, view)) return window;
	const length = (item.end ?? item.start).getTime() - item.start.getTime();
	const boundsSpan = spanOf(view.bounds);
	let span = Math.min(
		boundsSpan,
		Math.max(spanOf(window), view.minSpan, length / (1 - (2 * view.marginPx) / view.widthPx))
	);
	let { left, right } = reach(item, span, view);
	let start = (left + right) / 2 - span / 2;
	const [lowest, highest] = [view.bounds.start.getTime(), view.bounds.end.getTime()];
	if (start < lowest) start = lowest;
	if (start + span > highest) {
		// Narrower, until the label fits before the end of time: its room in pixels stays the same.
		const room = highest - item.start.getTime();
		const labelPx = Math.min(item.labelPx, view.widthPx - 2 * view.marginPx) + view.marginPx;
		span = Math.max(view.minSpan, Math.min(span, (room * view.widthPx) / labelPx));
		({ left, right } = reach(item, span, view));
		start = Math.max(lowest, Math.min(highest - span, (left + right) / 2 - span / 2));
	}
	return { start: new Date(start), end: new Date(start + span) };
}

/** Where zooming around an item anchors: a point's day, or a range's middle. */
function anchorOf(item: TimeExtent): Date {
	return item.end ? new Date((item.start.getTime() + item.end.getTime()) / 2) : item.start;
}

/**
 * Zooms by `factor` around `item` (the selected event, or the one being read), or around the
 * centre without one, and then keeps the item whole in view: zooming in stops at its length.
 */
export function zoomAround(
	window: TimeWindow,
	factor: number,
	item: ItemFootprint | null,
	view: ViewGeometry
): TimeWindow {
	const span = spanOf(window);
	const clamped = Math.min(spanOf(view.bounds), Math.max(view.minSpan, span * factor));
	const zoomed = zoomWindow(window, clamped / span, item ? anchorOf(item) : undefined);
	return item ? keepInWindow(zoomed, item, view) : zoomed;
}

/** How "Zoom to this event" frames an event, by what its date is known to. */
export type EventFit = 'day' | 'stretch' | 'extent';

const DAY_FIT_DAYS = 7;
/** Either side of a month or season, as a share of it. */
const STRETCH_MARGIN = 0.25;
/** Either side of a year or a span, as a share of it. */
const EXTENT_MARGIN = 0.05;

/**
 * The window "Zoom to this event" shows: a couple of weeks around a day, a month or season with
 * some margin, a year or a span at its extent; then moved, if need be, so its label fits too.
 */
export function fitToEvent(
	item: ItemFootprint & { fit: EventFit },
	view: ViewGeometry
): TimeWindow {
	const start = item.start.getTime();
	const end = (item.end ?? item.start).getTime();
	const margin =
		item.fit === 'day'
			? DAY_FIT_DAYS * MS_PER_DAY
			: (end - start) * (item.fit === 'stretch' ? STRETCH_MARGIN : EXTENT_MARGIN);
	const framed = { start: new Date(start - margin), end: new Date(end + margin) };
	return keepInWindow(framed, item, view);
}

/** A stacked row, and the part of the rows a scrolling drawing shows, in pixels from the top. */
export interface RowView {
	/** How far the rows are scrolled: the top of what is shown. */
	offset: number;
	/** The height shown. */
	height: number;
	/** The height of all the rows. */
	contentHeight: number;
}

/**
 * The scroll offset that shows the row from `top` to `top + height` whole, moving as little as
 * possible, or null when it is shown already.
 */
export function scrollToRow(
	row: { top: number; height: number },
	view: RowView,
	marginPx: number
): number | null {
	const top = row.top - marginPx;
	const bottom = row.top + row.height + marginPx;
	let offset: number;
	if (row.top >= view.offset && row.top + row.height <= view.offset + view.height) return null;
	if (top < view.offset || bottom - top > view.height) offset = top;
	else offset = bottom - view.height;
	return Math.max(0, Math.min(offset, view.contentHeight - view.height));
}
