import type { ContentProblem } from './errors.ts';
import { eventExtent } from '../model/precision.ts';
import type { Chart, FigureRef } from '../model/schema.ts';
import type {
	ChartFields,
	ChartPoint,
	ResolvedChart,
	ResolvedClaim,
	ResolvedFigure
} from '../model/types.ts';

export interface ChartContext {
	/** The resolved figures of every event, by event id. */
	figuresByEvent: ReadonlyMap<string, ResolvedFigure[]>;
	/** The file that first used each chart id; filled in as charts are resolved. */
	chartFiles: Map<string, string>;
}

interface ChartOwner {
	file: string;
	id: string;
	charts: Chart[];
	claims: ResolvedClaim[];
}

export function resolveCharts(
	owner: ChartOwner,
	context: ChartContext,
	problems: ContentProblem[]
): ResolvedChart[] {
	const resolved: ResolvedChart[] = [];
	owner.charts.forEach((chart, index) => {
		const result = resolveChart(owner, chart, `charts[${index}]`, context, problems);
		if (result) resolved.push(result);
	});
	return resolved;
}

type Report = (field: string, message: string) => void;

function resolveChart(
	owner: ChartOwner,
	chart: Chart,
	field: string,
	context: ChartContext,
	problems: ContentProblem[]
): ResolvedChart | null {
	const report: Report = (at, message) => problems.push({ file: owner.file, field: at, message });
	const earlier = context.chartFiles.get(chart.id);
	if (earlier) report(`${field}.id`, `"${chart.id}" is already used by ${earlier}`);
	else context.chartFiles.set(chart.id, owner.file);

	return chart.kind === 'range'
		? resolveRangeChart(owner, chart, field, report)
		: resolveFigureChart(owner.id, chart, field, context, report);
}

function chartFields({ id, title, unit, note, axisMax }: Chart): ChartFields {
	return { id, title, unit, note, axisMax };
}

function resolveRangeChart(
	owner: ChartOwner,
	chart: Extract<Chart, { kind: 'range' }>,
	field: string,
	report: Report
): ResolvedChart | null {
	const claimIndex = owner.claims.findIndex((candidate) => candidate.subject === chart.claim);
	const claim = owner.claims[claimIndex];
	if (!claim) {
		report(`${field}.claim`, `"${chart.claim}" is not a claim of this event`);
		return null;
	}
	claim.values.forEach((value, valueIndex) => {
		if (value.min === undefined)
			report(
				`claims[${claimIndex}].values[${valueIndex}].min`,
				`is needed to draw the claim in chart "${chart.id}"`
			);
	});
	checkAxisMax(
		claim.values.map((value) => ({ name: value.by, value: value.max ?? value.min ?? 0 })),
		chart.axisMax,
		`${field}.axisMax`,
		report
	);
	return { ...chartFields(chart), kind: 'range', claim };
}

function resolveFigureChart(
	ownerId: string,
	chart: Exclude<Chart, { kind: 'range' }>,
	field: string,
	context: ChartContext,
	report: Report
): ResolvedChart | null {
	const located: LocatedPoint[] = [];
	const lookUp = (ref: FigureRef, at: string) => {
		const point = findFigure(ownerId, ref, at, context, report);
		if (point) located.push({ point, at });
		return point;
	};
	const points = chart.figures.map((ref, index) => lookUp(ref, `${field}.figures[${index}]`));
	const threshold =
		chart.kind === 'bars' && chart.threshold ? lookUp(chart.threshold, `${field}.threshold`) : null;
	const alongside =
		chart.kind === 'bars'
			? chart.alongside.map((ref, index) => lookUp(ref, `${field}.alongside[${index}]`))
			: [];
	const thresholdMissing = chart.kind === 'bars' && chart.threshold !== undefined && !threshold;
	if (!everyFound(points) || !everyFound(alongside) || thresholdMissing) return null;

	checkUnits(located, report);
	checkAxisMax(
		located.map(({ point }) => ({ name: point.name, value: point.figure.value })),
		chart.axisMax,
		`${field}.axisMax`,
		report
	);

	if (chart.kind === 'bars')
		return {
			...chartFields(chart),
			kind: 'bars',
			points,
			threshold: threshold ?? undefined,
			alongside
		};
	if (!checkPeriods(points, `${field}.figures`, report)) return null;
	return { ...chartFields(chart), kind: chart.kind, points };
}

interface LocatedPoint {
	point: ChartPoint;
	/** The field that named the figure, for messages. */
	at: string;
}

function everyFound(points: Array<ChartPoint | null>): points is ChartPoint[] {
	return points.every((point) => point !== null);
}

function findFigure(
	ownerId: string,
	ref: FigureRef,
	field: string,
	context: ChartContext,
	report: Report
): ChartPoint | null {
	const { figure: label, event = ownerId, name } = typeof ref === 'string' ? { figure: ref } : ref;
	const figures = context.figuresByEvent.get(event);
	if (!figures) {
		report(`${field}.event`, `"${event}" is not an event`);
		return null;
	}
	const figure = figures.find((candidate) => candidate.label === label);
	if (!figure) {
		const where = event === ownerId ? 'this event' : `event "${event}"`;
		report(field, `"${label}" is not a figure of ${where}`);
		return null;
	}
	return { name: name ?? figure.label, event, figure };
}

/** One axis, one unit: a chart may not set people beside percent. */
function checkUnits(located: LocatedPoint[], report: Report) {
	const first = located[0]?.point.figure;
	for (const { point, at } of located) {
		if (first && point.figure.unit !== first.unit)
			report(
				at,
				`"${point.figure.label}" is in ${point.figure.unit}, but "${first.label}" is in ${first.unit}: a chart has one unit`
			);
	}
}

function checkAxisMax(
	values: Array<{ name: string; value: number }>,
	axisMax: number | undefined,
	field: string,
	report: Report
) {
	if (axisMax === undefined) return;
	for (const { name, value } of values) {
		if (value > axisMax) report(field, `${axisMax} is below "${name}" (${value})`);
	}
}

/** Figures drawn over time need a period each, in order and not overlapping. */
function checkPeriods(points: ChartPoint[], field: string, report: Report): boolean {
	let ok = true;
	let previousEnd = -Infinity;
	points.forEach((point, index) => {
		const { period } = point.figure;
		if (!period) {
			report(`${field}[${index}]`, `"${point.figure.label}" needs a period to be drawn over time`);
			ok = false;
			return;
		}
		const extent = eventExtent(period);
		if (extent.start.getTime() < previousEnd) {
			report(`${field}[${index}]`, `"${point.figure.label}" must start after the figure before it`);
			ok = false;
		}
		previousEnd = extent.end.getTime();
	});
	return ok;
}
