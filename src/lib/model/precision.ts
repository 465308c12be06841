import { addDays, addMonths, addYears, format } from 'date-fns';
import { ISO_DAY, parseIsoDay } from './days.ts';

export const PRECISIONS = ['year', 'season', 'month', 'day'] as const;
export type DatePrecision = (typeof PRECISIONS)[number];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** First month (0-based) of each meteorological season in the northern hemisphere. */
const SEASON_START_MONTH: Record<Season, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

/** A date known only to its precision: "1990", "spring 2011", "2011-04" or "2011-12-16". */
export interface PartialDate {
	precision: DatePrecision;
	year: number;
	/** Present when precision is 'season'. */
	season?: Season;
	/** 1–12, present for 'month' and 'day'. */
	month?: number;
	/** 1–31, present for 'day'. */
	day?: number;
}

export type EventDate =
	{ kind: 'single'; value: PartialDate } | { kind: 'span'; start: PartialDate; end: PartialDate };

/** A half-open interval [start, end) in local time. */
export interface Extent {
	start: Date;
	end: Date;
}

const YEAR = /^(\d{4})$/;
const SEASON = /^(spring|summer|autumn|fall|winter) (\d{4})$/i;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Reads one of the four written forms. Returns a message rather than throwing, so that the
 * schema can report it against the field it came from.
 */
export function parsePartialDate(text: string): PartialDate | { error: string } {
	const trimmed = text.trim();
	let match = YEAR.exec(trimmed);
	if (match) return { precision: 'year', year: Number(match[1]) };

	match = SEASON.exec(trimmed);
	if (match) {
		const name = match[1]!.toLowerCase();
		const season = (name === 'fall' ? 'autumn' : name) as Season;
		return { precision: 'season', year: Number(match[2]), season };
	}

	match = MONTH.exec(trimmed);
	if (match) {
		const month = Number(match[2]);
		if (month < 1 || month > 12) return { error: `"${trimmed}" has no month ${month}` };
		return { precision: 'month', year: Number(match[1]), month };
	}

	if (ISO_DAY.test(trimmed)) {
		const date = parseIsoDay(trimmed);
		if (!date) return { error: `"${trimmed}" is not a real day` };
		return {
			precision: 'day',
			year: date.getFullYear(),
			month: date.getMonth() + 1,
			day: date.getDate()
		};
	}

	return {
		error: `"${trimmed}" is not a date; write a year (1990), a season (spring 2011), a month (2011-04) or a day (2011-12-16)`
	};
}

export function partialDateExtent(date: PartialDate): Extent {
	switch (date.precision) {
		case 'year': {
			const start = new Date(date.year, 0, 1);
			return { start, end: addYears(start, 1) };
		}
		case 'season': {
			const start = new Date(date.year, SEASON_START_MONTH[date.season ?? 'spring'], 1);
			return { start, end: addMonths(start, 3) };
		}
		case 'month': {
			const start = new Date(date.year, (date.month ?? 1) - 1, 1);
			return { start, end: addMonths(start, 1) };
		}
		case 'day': {
			const start = new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
			return { start, end: addDays(start, 1) };
		}
	}
}

export function eventExtent(date: EventDate): Extent {
	if (date.kind === 'single') return partialDateExtent(date.value);
	return { start: partialDateExtent(date.start).start, end: partialDateExtent(date.end).end };
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * "1990", "Spring 2011", "April 2011", "16 December 2011". A year is written as it is said, with
 * no leading zeros: "650", not "0650" (date-fns's `y`, where `yyyy` pads to four digits).
 */
export function formatPartialDate(date: PartialDate): string {
	const { start } = partialDateExtent(date);
	switch (date.precision) {
		case 'year':
			return format(start, 'y');
		case 'season':
			return `${capitalise(date.season ?? 'spring')} ${format(start, 'y')}`;
		case 'month':
			return format(start, 'MMMM y');
		case 'day':
			return format(start, 'd MMMM y');
	}
}

/** A span is joined with an en dash, spaced when either end has spaces of its own. */
export function formatEventDate(date: EventDate): string {
	if (date.kind === 'single') return formatPartialDate(date.value);
	const start = formatPartialDate(date.start);
	const end = formatPartialDate(date.end);
	const spaced = start.includes(' ') || end.includes(' ');
	return spaced ? `${start} – ${end}` : `${start}–${end}`;
}

/** Machine-readable form for `<time datetime>`: the first day of the extent at its precision. */
export function isoPartialDate(date: PartialDate): string {
	const year = String(date.year).padStart(4, '0');
	if (date.precision === 'year' || date.precision === 'season') return year;
	const month = String(date.month).padStart(2, '0');
	if (date.precision === 'month') return `${year}-${month}`;
	return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** The coarsest precision of a date, used to style spans of uncertain length. */
export function eventPrecision(date: EventDate): DatePrecision {
	if (date.kind === 'single') return date.value.precision;
	const rank = (precision: DatePrecision) => PRECISIONS.indexOf(precision);
	return rank(date.start.precision) <= rank(date.end.precision)
		? date.start.precision
		: date.end.precision;
}
