import { addDays, getDay } from 'date-fns';
import { partialDateExtent, type PartialDate } from '../model/precision.ts';
import { anchoredDate } from './anchored.ts';
import { beyond, dayOf, withYear } from './calendar.ts';
import type { Moment } from './moment.ts';

/** What a date without its own year can borrow one from. */
export interface YearContext {
	/** Local midnight of the day the text was published. */
	published?: Date;
	/** The nearest date before, close by, that writes its year. */
	nearby?: PartialDate;
	/**
	 * That date stands in the same sentence. Within a sentence a second date often looks back
	 * ("on 11 May they struck over a bonus cut in March"); across sentences a story goes forwards.
	 */
	nearbyInSentence?: boolean;
	/** The clause speaks of what is still to come: a date in it lies after the day published. */
	future: boolean;
	/** The date the text last named, whether it wrote its year or not. */
	anchor?: PartialDate;
}

export type Resolution =
	| { kind: 'date'; date: PartialDate; yearInferred: boolean }
	/** It counts from the date published, which is not known. */
	| { kind: 'unresolved' }
	/** It names no real day: "30 February". */
	| { kind: 'impossible' };

export function resolveMoment(moment: Moment, context: YearContext): Resolution {
	const anchored = anchoredDate(moment, context.anchor, context.published, context.future);
	if (anchored === 'dropped') return { kind: 'impossible' };
	if (anchored === 'unresolved') return { kind: 'unresolved' };
	if (anchored) return checked(anchored, true);
	if (moment.weekday !== undefined && moment.month === undefined) return weekday(moment, context);
	if (moment.dayOffset !== undefined) {
		if (!context.published) return { kind: 'unresolved' };
		return {
			kind: 'date',
			date: dayOf(addDays(context.published, moment.dayOffset)),
			yearInferred: true
		};
	}
	if (moment.year !== undefined) return checked(withYear(moment, moment.year), false);
	const { published } = context;
	if (moment.yearOffset !== undefined) {
		if (!published) return { kind: 'unresolved' };
		return checked(withYear(moment, published.getFullYear() + moment.yearOffset), true);
	}
	if (moment.way) {
		if (!published) return { kind: 'unresolved' };
		return checked(beyond(moment, dayOf(published), moment.way), true);
	}
	const { nearby } = context;
	// A plan does not borrow the year of something already past when it was written.
	const stale = context.future && published && nearby && partialDateExtent(nearby).end <= published;
	if (moment.weekday !== undefined && moment.day !== undefined) {
		const around = nearby && !stale ? nearby.year : published?.getFullYear();
		if (around === undefined) return { kind: 'unresolved' };
		return checked(yearOfWeekday(moment, around), true);
	}
	if (nearby && !stale) {
		const date = context.nearbyInSentence
			? withYear(moment, nearby.year)
			: forwardFrom(moment, nearby);
		return checked(date, true);
	}
	if (!published) return { kind: 'unresolved' };
	return checked(closestYear(moment, published, context.future), true);
}

/**
 * A text tells its story forwards: "in December 2011 … on 6 January" is the January after. A date
 * before the one it borrows from, in that one's year, moves on a year.
 */
function forwardFrom(moment: Moment, nearby: PartialDate): PartialDate {
	const date = withYear(moment, nearby.year);
	const finer = nearby.precision === 'month' || nearby.precision === 'day';
	const earlier =
		moment.month !== undefined && nearby.month !== undefined && moment.month < nearby.month;
	return finer && earlier ? withYear(moment, nearby.year + 1) : date;
}

/** "Saturday, October 31": the year nearest the one given in which that day is that weekday. */
function yearOfWeekday(moment: Moment, around: number): PartialDate {
	for (const distance of [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6]) {
		const year = around + distance;
		if (getDay(new Date(year, moment.month! - 1, moment.day)) === moment.weekday) {
			return withYear(moment, year);
		}
	}
	return withYear(moment, around);
}

/** The year that puts a date on the right side of the day published: before it, unless planned. */
function closestYear(moment: Moment, published: Date, future: boolean): PartialDate {
	const year = published.getFullYear();
	const date = withYear(moment, year);
	const { start, end } = partialDateExtent(date);
	if (!future && start > published) return withYear(moment, year - 1);
	if (future && end <= published) return withYear(moment, year + 1);
	return date;
}

function weekday(moment: Moment, context: YearContext): Resolution {
	const { published } = context;
	if (!published) return { kind: 'unresolved' };
	const way = moment.way ?? (context.future ? 'on' : 'back');
	const inclusive = moment.way === undefined;
	const step = way === 'back' ? -1 : 1;
	let day = inclusive ? published : addDays(published, step);
	while (getDay(day) !== moment.weekday) day = addDays(day, step);
	return { kind: 'date', date: dayOf(day), yearInferred: true };
}

function checked(date: PartialDate, yearInferred: boolean): Resolution {
	if (date.precision === 'day') {
		const real = new Date(date.year, date.month! - 1, date.day);
		if (real.getMonth() !== date.month! - 1) return { kind: 'impossible' };
	}
	return { kind: 'date', date, yearInferred };
}
