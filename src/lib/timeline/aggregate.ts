import type { TimelineItemModel } from './items.ts';

/** Several events drawn as one bar with a count, because at this zoom there are too many. */
export interface AggregateModel {
	kind: 'aggregate';
	id: string;
	start: Date;
	end: Date;
	count: number;
	/** The lane (theme id) it sits in, when there is one lane per theme. */
	lane?: string;
	tooltip: string;
}

export interface WindowOptions {
	/** Above this many events near the window, they are counted in bins instead. */
	budget: number;
	/** How many bins one window's width is cut into. */
	binsPerWindow: number;
	/** One set of bins per theme lane. */
	lanes: boolean;
	/** Events always drawn, on their own, wherever the window is (the selection, say). */
	keep: ReadonlySet<string>;
}

export const AGGREGATE_PREFIX = 'aggregate:';

/** How many things the engine is given at most before events are counted, and in how many bins. */
export const ENGINE_BUDGET = { budget: 150, binsPerWindow: 16 } as const;

/**
 * What to hand the timeline engine for a window: the events near it, or, when they are more
 * than the budget, counted bins. The engine measures every item it is given, so giving it a
 * few hundred things rather than ten thousand is what keeps panning and zooming smooth.
 * "Near" is one window's width either side, so a pan has something to show until it settles.
 */
export function itemsForWindow(
	models: readonly TimelineItemModel[],
	window: { start: Date; end: Date },
	options: WindowOptions
): Array<TimelineItemModel | AggregateModel> {
	const width = window.end.getTime() - window.start.getTime();
	const from = window.start.getTime() - width;
	const to = window.end.getTime() + width;
	const near = models.filter(
		(item) =>
			(item.start.getTime() < to && (item.end ?? item.start).getTime() >= from) ||
			options.keep.has(item.id)
	);
	if (near.length <= options.budget) return near;

	const binWidth = width / options.binsPerWindow;
	const bins = new Map<string, AggregateModel>();
	const result: Array<TimelineItemModel | AggregateModel> = [];
	for (const item of near) {
		if (options.keep.has(item.id)) {
			result.push(item);
			continue;
		}
		// An event is counted in the bin where it starts, or the first bin if it starts earlier.
		const bin = Math.max(0, Math.floor((item.start.getTime() - from) / binWidth));
		const lane = options.lanes ? item.theme : undefined;
		const key = `${lane ?? ''}|${bin}`;
		const existing = bins.get(key);
		if (existing) {
			existing.count++;
			continue;
		}
		const start = new Date(from + bin * binWidth);
		bins.set(key, {
			kind: 'aggregate',
			id: `${AGGREGATE_PREFIX}${key}`,
			start,
			end: new Date(start.getTime() + binWidth),
			count: 1,
			lane,
			tooltip: ''
		});
	}
	for (const aggregate of bins.values()) {
		aggregate.tooltip = `${aggregate.count} ${aggregate.count === 1 ? 'event' : 'events'}: zoom in to see them`;
		result.push(aggregate);
	}
	return result;
}

export function isAggregate(item: TimelineItemModel | AggregateModel): item is AggregateModel {
	return 'kind' in item && item.kind === 'aggregate';
}
