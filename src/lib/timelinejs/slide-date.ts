import { parsePartialDate } from '../model/precision.ts';

/** A date as TimelineJS writes it: each part a number or a string, '' for none. */
export interface TimelineJsDate {
	year?: unknown;
	month?: unknown;
	day?: unknown;
	display_date?: unknown;
}

/** The years the timeline draws well: a JavaScript date takes years before 100 for 1900s. */
export const FIRST_YEAR = 100;
export const LAST_YEAR = 9999;

/** A part as written, trimmed; '' where it is missing. */
function part(value: unknown): string {
	if (value === undefined || value === null) return '';
	return typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '?';
}

/**
 * A TimelineJS date as this site writes one, at the precision it was given: a year ('1815'), a
 * month ('1815-12') or a day ('1815-12-10'). Null when it has no year at all; `error` says what
 * is wrong with one that is not a date, in words for the teacher.
 */
export function slideDate(
	date: TimelineJsDate | undefined
): { date: string } | { error: string } | null {
	const [year, month, day] = [part(date?.year), part(date?.month), part(date?.day)];
	if (year === '' && month === '' && day === '') return null;
	if (!/^-?\d+$/.test(year)) return { error: `the year "${year}" is not a whole number` };
	const number = Number(year);
	if (number < FIRST_YEAR)
		return {
			error: `the year ${year} is before the year ${FIRST_YEAR}, which this site's timeline cannot draw`
		};
	if (number > LAST_YEAR)
		return {
			error: `the year ${year} is after ${LAST_YEAR}, which this site's timeline cannot draw`
		};
	if (month === '' && day !== '') return { error: 'it has a day but no month' };
	if (month !== '' && !/^\d{1,2}$/.test(month))
		return { error: `the month "${month}" is not a number from 1 to 12` };
	if (day !== '' && !/^\d{1,2}$/.test(day)) return { error: `the day "${day}" is not a number` };
	// "01815" is the year 1815: the number, written in four digits, whatever was typed.
	const text = [
		String(number).padStart(4, '0'),
		...(month ? [month.padStart(2, '0')] : []),
		...(day ? [day.padStart(2, '0')] : [])
	].join('-');
	const parsed = parsePartialDate(text);
	return 'error' in parsed ? { error: parsed.error } : { date: text };
}
