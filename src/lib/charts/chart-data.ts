import type { ChartPoint, ResolvedChart } from '$lib/model/types.ts';
import type { ResolvedQuote } from '$lib/model/types.ts';
import { formatEventDate } from '$lib/model/precision.ts';
import { formatClaimNumbers, formatFigureValue, formatValue } from './format.ts';
import { zeroBasedDomain } from './scale.ts';

/** One row of a chart's data, as its table shows it. */
export interface ChartRow {
	/** What the row is: a bar's name, a period, or who makes a claim. */
	name: string;
	/** The number as drawn, in words where it is not a single certain value. */
	value: string;
	/** A claim's own words, e.g. "dozens". */
	worded?: string;
}

/** An open-ended range is drawn this far past its start, so the arrow has room to point on. */
const OPEN_RANGE_ROOM = 1.5;

/** A series or before-and-after point is named by its period: "2008", "2009–2010". */
export function periodLabel(point: ChartPoint): string {
	return point.figure.period ? formatEventDate(point.figure.period) : point.name;
}

export function chartRows(chart: ResolvedChart): ChartRow[] {
	const figureRow = (point: ChartPoint, name = point.name): ChartRow => ({
		name,
		value: formatFigureValue(point.figure, chart.unit)
	});
	switch (chart.kind) {
		case 'bars':
			return [
				...chart.points.map((point) => figureRow(point)),
				...(chart.threshold ? [figureRow(chart.threshold, `${chart.threshold.name} (line)`)] : []),
				...chart.alongside.map((point) => figureRow(point))
			];
		case 'series':
		case 'before-after':
			return chart.points.map((point) => figureRow(point, periodLabel(point)));
		case 'range':
			return chart.claim.values.map((value) => ({
				name: value.by,
				worded: value.value,
				value: formatClaimNumbers(value, chart.unit)
			}));
	}
}

export function tableHeadings(chart: ResolvedChart): string[] {
	const value = `Value (${chart.unit})`;
	switch (chart.kind) {
		case 'bars':
			return ['What', value];
		case 'series':
		case 'before-after':
			return ['When', value];
		case 'range':
			return ['According to', 'In the source’s words', `Drawn as (${chart.unit})`];
	}
}

/** The value axis: from zero to the natural end of the scale, or past the largest value. */
export function chartDomain(chart: ResolvedChart): [0, number] {
	if (chart.kind === 'range') {
		const values = chart.claim.values.flatMap(({ min, max }) =>
			min === undefined ? [] : max === undefined ? [min * OPEN_RANGE_ROOM] : [min, max]
		);
		return zeroBasedDomain(values, chart.axisMax);
	}
	const points =
		chart.kind === 'bars'
			? [...chart.points, ...chart.alongside, ...(chart.threshold ? [chart.threshold] : [])]
			: chart.points;
	return zeroBasedDomain(
		points.map((point) => point.figure.value),
		chart.axisMax
	);
}

/** The text alternative read out with the drawing: every value, then the extent of the axis. */
export function describeChart(chart: ResolvedChart): string {
	const values = chartRows(chart)
		.map(({ name, value, worded }) =>
			worded && worded !== value ? `${name}: “${worded}”, drawn as ${value}` : `${name}: ${value}`
		)
		.join('; ');
	const [, top] = chartDomain(chart);
	return `${values}. The axis runs from 0 to ${formatValue(top, chart.unit)} (${chart.unit}).`;
}

/**
 * Every quote the chart's numbers come from, in the order they are drawn: each once, and none
 * that lies inside another (the threshold's words inside the sentence that gives the results).
 */
export function chartQuotes(chart: ResolvedChart): ResolvedQuote[] {
	const quotes =
		chart.kind === 'range'
			? chart.claim.values.map((value) => value.quote)
			: [
					...chart.points,
					...(chart.kind === 'bars' && chart.threshold ? [chart.threshold] : []),
					...(chart.kind === 'bars' ? chart.alongside : [])
				].map((point) => point.figure.quote);
	const within = (inner: ResolvedQuote, outer: ResolvedQuote) =>
		inner.source === outer.source &&
		inner.paragraph === outer.paragraph &&
		outer.start <= inner.start &&
		inner.end <= outer.end;
	return quotes.filter(
		(quote, index) =>
			!quotes.some(
				(other, otherIndex) => within(quote, other) && (!within(other, quote) || otherIndex < index)
			)
	);
}

/** Which kinds of uncertain mark a chart draws, so its legend explains only those. */
export function uncertainMarks(chart: ResolvedChart) {
	if (chart.kind === 'range') {
		const values = chart.claim.values;
		return {
			lowerBound: false,
			range: values.some(({ min, max }) => min !== undefined && max !== min),
			open: values.some(({ min, max }) => min !== undefined && max === undefined),
			readings: values.flatMap((value) => (value.reading ? [value.reading] : []))
		};
	}
	const points = chart.kind === 'bars' ? [...chart.points, ...chart.alongside] : chart.points;
	return {
		lowerBound: points.some((point) => point.figure.lowerBound),
		range: false,
		open: false,
		readings: []
	};
}
