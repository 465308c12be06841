import type { TimeExtent } from './visible-window.ts';

/**
 * The order vis-timeline stacks the items in view, from the top row down: those that fit in the
 * window first, then those longer than it, each by start. Zoomed into a month, the month's day
 * events take the rows in view and the multi-year bars behind them go below. Whole periods
 * change order only as the zoom passes their length, never as the reader pans. `shownMs` is
 * the window's width, read at each comparison (so cheap: no dates are made for it).
 */
export function stackOrder(shownMs: () => number): (a: TimeExtent, b: TimeExtent) => number {
	return (a, b) => {
		const width = shownMs();
		const longer = (item: TimeExtent) => (length(item) > width ? 1 : 0);
		return longer(a) - longer(b) || a.start.getTime() - b.start.getTime();
	};
}

function length(item: TimeExtent): number {
	return item.end ? item.end.getTime() - item.start.getTime() : 0;
}
