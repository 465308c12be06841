import type { TimelineItemModel } from './items';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far the reader may pan, and the window when there is nothing to fit. */
export const TIMELINE_BOUNDS = { start: new Date(1980, 0, 1), end: new Date(2025, 0, 1) };

/** A window that shows every item, with room on the right for the labels that run past them. */
export function fitWindow(
	items: readonly TimelineItemModel[],
	fallback: { start: Date; end: Date }
): { start: Date; end: Date } {
	if (items.length === 0) return fallback;
	let start = Infinity;
	let end = -Infinity;
	for (const item of items) {
		start = Math.min(start, item.start.getTime());
		end = Math.max(end, (item.end ?? item.start).getTime());
	}
	const span = Math.max(end - start, 60 * DAY_MS);
	return { start: new Date(start - span * 0.04), end: new Date(end + span * 0.22) };
}
