import { addMonths, addYears, format, startOfMonth, startOfYear } from 'date-fns';
import { MS_PER_YEAR } from '$lib/model/days.ts';
import { ENGINE_BUDGET, isAggregate, itemsForWindow, type AggregateModel } from './aggregate.ts';
import { EMPTY_WINDOW, fitWindow } from './visible-window.ts';
import type { TimelineItemModel } from './items.ts';
import { stackOrder } from './stack-order.ts';
import { LABEL_MAX_PX } from './label-fit.ts';

/**
 * A still picture of the timeline, laid out ahead of the engine: prerendered into the page, it
 * is what a reader sees until vis-timeline has loaded and drawn, and all that a reader without
 * JavaScript sees. Positions are percentages of the width, so it needs no measuring.
 */
export interface TimelinePreview {
	/** How many events the picture stands for (bins count several). */
	count: number;
	ticks: PreviewTick[];
	items: PreviewItem[];
	rows: number;
}

export interface PreviewTick {
	label: string;
	/** Percent of the width from the window's start. */
	left: number;
}

export interface PreviewItem {
	id: string;
	/** The item's classes, as the engine's item gets them (precision, status, theme). */
	className: string;
	kind: 'point' | 'range' | 'aggregate';
	title: string;
	theme: string;
	themeIndex: number;
	approximate: boolean;
	planned: boolean;
	/** Percent of the width: where it starts and how wide its bar is. */
	left: number;
	width: number;
	/**
	 * Percent of the width: where its label starts (in view, though the bar may start before),
	 * and how far it is from there to the next thing in the row. The label may run that far less
	 * labelClearancePx (see there).
	 */
	labelLeft: number;
	room: number;
	row: number;
}

export interface PreviewOptions {
	/** The width the rows are stacked for, in pixels; the picture scales to any other. */
	referenceWidth: number;
}

/** Pixel estimates for a label at the timeline's 0.8rem: no fonts are measured ahead of time. */
const CHARACTER_PX = 7.2;
const ICON_PX = 22;
const PLANNED_PX = 64;
const APPROXIMATE_PX = 16;
/** The engine's gap between things in a row; it also clears the next thing's dot (5 px). */
const GAP_PX = 6;
/** A point's label starts this far right of its dot's centre, as the engine's does. */
export const POINT_LABEL_OFFSET_PX = 5;

/** The engine's geometry at the timeline's font size: the axis and first row, then each row. */
export const PICTURE_FIRST_ROW_PX = 58;
export const PICTURE_ROW_PX = 30;

/**
 * How tall the engine's rows will be for this picture, in pixels, as near as the picture can say:
 * its rows and a row's room below them, as the engine keeps. A page sized by its rows takes this
 * height before the engine has drawn, so that nothing below moves when it has.
 */
export function pictureRowsPx(picture: Pick<TimelinePreview, 'rows'>): number {
	return PICTURE_FIRST_ROW_PX + (picture.rows + 1) * PICTURE_ROW_PX;
}

/**
 * The height of a drawing sized by its rows: the picture's while there is one, then the
 * engine's, and the picture's kept until the engine says (0 before it has drawn).
 */
export function rowsHeightKeeper(): (
	picture: Pick<TimelinePreview, 'rows'> | null,
	engineRowsPx: number
) => number {
	let kept = 0;
	return (picture, engineRowsPx) =>
		picture ? (kept = pictureRowsPx(picture)) : engineRowsPx || kept;
}

/** Pixels a label's room is cut by, so that at any width it stops short of the next thing. */
export function labelClearancePx(kind: PreviewItem['kind']): number {
	return (kind === 'point' ? POINT_LABEL_OFFSET_PX : 0) + GAP_PX;
}

const YEAR_STEPS = [1, 2, 5, 10];
const MONTH_STEPS = [1, 3, 6];

/** Where the time axis has its labels: whole years, or months in a short window. */
export function previewTicks(window: { start: Date; end: Date }, referenceWidth: number) {
	const span = window.end.getTime() - window.start.getTime();
	const years = span / MS_PER_YEAR;
	// Labels at least ~90 px apart at the reference width, as the engine spaces its own.
	const wanted = Math.max(2, Math.floor(referenceWidth / 90));
	const yearStep = YEAR_STEPS.find((step) => years / step <= wanted) ?? 20;
	const ticks: PreviewTick[] = [];
	const at = (date: Date) => ((date.getTime() - window.start.getTime()) / span) * 100;
	if (!(span > 0)) return ticks;
	if (years >= 2) {
		let year = Math.ceil(window.start.getFullYear() / yearStep) * yearStep;
		for (let date = startOfYear(new Date(year, 0, 1)); date < window.end;) {
			if (date >= window.start) ticks.push({ label: String(year), left: round(at(date)) });
			year += yearStep;
			date = addYears(date, yearStep);
		}
		return ticks;
	}
	const months = years * 12;
	const monthStep = MONTH_STEPS.find((step) => months / step <= wanted) ?? 12;
	for (let date = startOfMonth(window.start); date < window.end; date = addMonths(date, 1)) {
		if (date < window.start || date.getMonth() % monthStep !== 0) continue;
		ticks.push({ label: format(date, 'MMM y'), left: round(at(date)) });
	}
	return ticks;
}

function round(percent: number): number {
	return Math.round(percent * 1000) / 1000;
}

/** A label's width, estimated: also what the engine is told before it has drawn the item. */
export function labelPixels(item: TimelineItemModel | AggregateModel): number {
	if (isAggregate(item)) return String(item.count).length * CHARACTER_PX + 10;
	const approximate = item.className.includes('is-approximate') ? APPROXIMATE_PX : 0;
	const planned = item.className.includes('is-planned') ? PLANNED_PX : 0;
	const title = Math.min(LABEL_MAX_PX, item.title.length * CHARACTER_PX);
	return ICON_PX + title + approximate + planned;
}

/**
 * Lays out what the engine would be handed for `window` (see itemsForWindow): each thing in the
 * lowest row where it clears the ones before it, in order of start, as the engine stacks them.
 * A label may run only as far as the next thing in its row, so nothing overlaps at any width.
 */
export function layoutPreview(
	entries: ReadonlyArray<TimelineItemModel | AggregateModel>,
	window: { start: Date; end: Date },
	count: number,
	options: PreviewOptions
): TimelinePreview {
	const span = window.end.getTime() - window.start.getTime();
	if (!(span > 0)) return { count, ticks: [], items: [], rows: 0 };
	const percent = (date: Date) => ((date.getTime() - window.start.getTime()) / span) * 100;
	const pxPerPercent = options.referenceWidth / 100;
	const inView = entries
		.filter((entry) => entry.start < window.end && (entry.end ?? entry.start) >= window.start)
		.sort(stackOrder(() => span));

	/** Per row: where its last thing ends (percent), and that thing, to bound its label. */
	const rowEnds: number[] = [];
	const rowLast: PreviewItem[] = [];
	const items: PreviewItem[] = [];
	const gap = GAP_PX / pxPerPercent;
	for (const entry of inView) {
		const aggregate = isAggregate(entry);
		const kind = aggregate ? 'aggregate' : entry.type;
		const left = percent(entry.start);
		const width = entry.end ? Math.max(0, percent(entry.end) - left) : 0;
		const labelLeft = Math.max(0, left);
		const labelReach = (labelClearancePx(kind) - GAP_PX + labelPixels(entry)) / pxPerPercent;
		let row = rowEnds.findIndex((end) => end + gap <= left);
		if (row === -1) row = rowEnds.length;
		const previous = rowLast[row];
		if (previous) previous.room = round(left - previous.labelLeft);
		const item: PreviewItem = {
			id: entry.id,
			className: aggregate ? 'kz-aggregate' : entry.className,
			kind,
			title: aggregate ? String(entry.count) : entry.title,
			theme: aggregate ? '' : entry.theme,
			themeIndex: aggregate ? 0 : entry.themeIndex,
			approximate: !aggregate && entry.className.includes('is-approximate'),
			planned: !aggregate && entry.className.includes('is-planned'),
			left: round(left),
			width: round(width),
			labelLeft: round(labelLeft),
			room: round(100 - labelLeft),
			row
		};
		rowEnds[row] = Math.max(left + width, labelLeft + labelReach);
		rowLast[row] = item;
		items.push(item);
	}
	return {
		count,
		ticks: previewTicks(window, options.referenceWidth),
		items,
		rows: rowEnds.length
	};
}

/** The timeline's width on a 1280-pixel-wide screen, where most readers first see it. */
const REFERENCE_WIDTH = 690;

/** The picture of `models` in `window` (or all of them), drawn from what the engine would get. */
export function previewTimeline(
	models: readonly TimelineItemModel[],
	window: { start: Date; end: Date } | null
): TimelinePreview {
	const shown = window ?? fitWindow(models, EMPTY_WINDOW);
	const entries = itemsForWindow(models, shown, {
		...ENGINE_BUDGET,
		lanes: false,
		keep: new Set()
	});
	return layoutPreview(entries, shown, models.length, { referenceWidth: REFERENCE_WIDTH });
}
