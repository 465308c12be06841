import { MS_PER_DAY } from '$lib/model/days';
import type { TimelineItemModel } from './items';

/** A span of time the timeline shows, or could show. */
export interface TimeWindow {
	start: Date;
	end: Date;
}

/** Where an item lies in time; a point has no end. */
export interface TimeExtent {
	start: Date;
	end?: Date;
}

/** How far the reader may pan, and the window when there is nothing to fit. */
export const TIMELINE_BOUNDS: TimeWindow = {
	start: new Date(1980, 0, 1),
	end: new Date(2025, 0, 1)
};

/** A window that shows every item, with room on the right for the labels that run past them. */
export function fitWindow(items: readonly TimelineItemModel[], fallback: TimeWindow): TimeWindow {
	if (items.length === 0) return fallback;
	let start = Infinity;
	let end = -Infinity;
	for (const item of items) {
		start = Math.min(start, item.start.getTime());
		end = Math.max(end, (item.end ?? item.start).getTime());
	}
	const span = Math.max(end - start, 60 * MS_PER_DAY);
	return { start: new Date(start - span * 0.04), end: new Date(end + span * 0.22) };
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

/** The window moved by `fraction` of its width; negative is earlier. */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
	const shift = (window.end.getTime() - window.start.getTime()) * fraction;
	return {
		start: new Date(window.start.getTime() + shift),
		end: new Date(window.end.getTime() + shift)
	};
}

/**
 * `stay`: the item is inside, and the move was wanted only if it were outside. `widen`: the
 * item is wider than 90% of the window, so the window becomes the item and a tenth of its
 * length either side. `centre`: the window keeps its width, centred on the item.
 */
export type RevealPlan =
	{ kind: 'stay' } | { kind: 'widen'; window: TimeWindow } | { kind: 'centre'; window: TimeWindow };

/** How to bring an item into view, zooming out only when it does not fit. */
export function planReveal(
	window: TimeWindow,
	item: TimeExtent,
	onlyIfOutside = false
): RevealPlan {
	const width = window.end.getTime() - window.start.getTime();
	const itemStart = item.start.getTime();
	const itemEnd = (item.end ?? item.start).getTime();
	const inside = itemStart >= window.start.getTime() && itemEnd <= window.end.getTime();
	if (onlyIfOutside && inside) return { kind: 'stay' };
	if (itemEnd - itemStart > width * 0.9) {
		const margin = (itemEnd - itemStart) * 0.1;
		return {
			kind: 'widen',
			window: { start: new Date(itemStart - margin), end: new Date(itemEnd + margin) }
		};
	}
	const centre = (itemStart + itemEnd) / 2;
	return {
		kind: 'centre',
		window: { start: new Date(centre - width / 2), end: new Date(centre + width / 2) }
	};
}
