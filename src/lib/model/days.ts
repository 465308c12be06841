import { isValid, lightFormat, parseISO } from 'date-fns';

/** Milliseconds in a day and in an average year (365.25 days), for window arithmetic. */
export const MS_PER_DAY = 24 * 60 * 60 * 1000;
export const MS_PER_YEAR = 365.25 * MS_PER_DAY;

/** How a day is written, `2011-12-16`, whether or not it is a real one. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2011-12-16` as local midnight of that day; null unless it is written so and is a real day. */
export function parseIsoDay(value: string): Date | null {
	// Dates place years 0–99 in 1900–1999, so such a day could not be drawn where it belongs.
	if (!ISO_DAY.test(value) || Number(value.slice(0, 4)) < 100) return null;
	// parseISO, not parse: the day is already known to be written so, and parse, which reads
	// any pattern, would be the largest part of the page's first script.
	const date = parseISO(value);
	return isValid(date) && formatIsoDay(date) === value ? date : null;
}

/** A date as the day it falls on, `YYYY-MM-DD`, in local time. */
export function formatIsoDay(date: Date): string {
	return lightFormat(date, 'yyyy-MM-dd');
}
