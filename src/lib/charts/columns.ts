import type { ChartPoint } from '$lib/model/types.ts';
import { periodLabel } from './chart-data.ts';

/** One column of a series or a before-and-after, placed across the chart's width. */
export interface Column {
	/** Left edge and width, in percent of the chart's width. */
	x: number;
	width: number;
	point: ChartPoint;
	/** Under the column: its period, e.g. "2009–2010". */
	label: string;
}

/** Columns keep clear of the tick labels, which sit at the left edge above their grid lines. */
export const PLOT_LEFT = 14;
export const PLOT_RIGHT = 98;

function yearsOf(point: ChartPoint): { first: number; last: number } {
	const { period } = point.figure;
	if (!period) throw new Error(`"${point.figure.label}" has no period`);
	return period.kind === 'single'
		? { first: period.value.year, last: period.value.year }
		: { first: period.start.year, last: period.end.year };
}

/**
 * A series gives each year an equal slot, so gaps in time show as gaps. A figure for several
 * years ("2009 and 2010") is one column across all of them: the source gives one number.
 */
export function seriesColumns(points: ChartPoint[]): Column[] {
	const spans = points.map(yearsOf);
	const first = Math.min(...spans.map((span) => span.first));
	const last = Math.max(...spans.map((span) => span.last));
	const slot = (PLOT_RIGHT - PLOT_LEFT) / (last - first + 1);
	const gap = slot * 0.35;
	return points.map((point, index) => {
		const span = spans[index]!;
		return {
			x: PLOT_LEFT + (span.first - first) * slot + gap / 2,
			width: (span.last - span.first + 1) * slot - gap,
			point,
			label: periodLabel(point)
		};
	});
}

/** Before and after stand side by side, whatever the time between them. */
export function beforeAfterColumns(points: ChartPoint[]): Column[] {
	const slot = (PLOT_RIGHT - PLOT_LEFT) / 2;
	const width = slot * 0.45;
	return points.map((point, index) => ({
		x: PLOT_LEFT + index * slot + (slot - width) / 2,
		width,
		point,
		label: periodLabel(point)
	}));
}
