import { partialDateExtent, type PartialDate } from '../model/precision.ts';
import type { Moment } from './moment.ts';

/** A moment placed in a year. */
export function withYear(moment: Moment, year: number): PartialDate {
	const { precision, season, month, day } = moment;
	return { precision, year, season, month, day };
}

/** A day of the calendar as a date at day precision. */
export function dayOf(day: Date): PartialDate {
	return {
		precision: 'day',
		year: day.getFullYear(),
		month: day.getMonth() + 1,
		day: day.getDate()
	};
}

/**
 * The nearest whole one beyond a date, that way: "next spring" said in April is the spring after
 * this one, "last December" said in December the one before, "the following autumn" after 1870
 * the autumn of 1871.
 */
export function beyond(moment: Moment, reference: PartialDate, way: 'on' | 'back'): PartialDate {
	const { start, end } = partialDateExtent(reference);
	for (const offset of way === 'on' ? [0, 1, 2] : [0, -1, -2]) {
		const date = withYear(moment, reference.year + offset);
		const extent = partialDateExtent(date);
		if (way === 'on' ? extent.start >= end : extent.end <= start) return date;
	}
	return withYear(moment, reference.year + (way === 'on' ? 1 : -1));
}
