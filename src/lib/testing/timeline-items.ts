import type { TimelineItemModel } from '$lib/timeline/items.ts';

/** A drawn event for the timeline's pure-module specs: a point, or a range when it has an end. */
export function timelineItem(
	id: string,
	start: Date,
	{ end, theme = 'labour' }: { end?: Date; theme?: string } = {}
): TimelineItemModel {
	return {
		id,
		title: id,
		tooltip: id,
		start,
		end,
		type: end ? 'range' : 'point',
		fit: end ? 'extent' : 'day',
		className: 'kz-item',
		theme,
		themeIndex: 0
	};
}
