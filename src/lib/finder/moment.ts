import type { DatePrecision, Season } from '../model/precision.ts';

/**
 * A date as the text names it, before the year is known for sure: "16 December" has no year,
 * "last year" counts from the day the text was published, "on Tuesday" is only a weekday.
 */
export interface Moment {
	precision: DatePrecision;
	/** Written in the text. */
	year?: number;
	/** Counted from the year published: -1 for "last year". */
	yearOffset?: number;
	season?: Season;
	/** 1–12. */
	month?: number;
	/** 1–31. */
	day?: number;
	/** Days from the date published: -1 for "yesterday". */
	dayOffset?: number;
	/** Months from the month published: -1 for "last month", 0 for "earlier this month". */
	monthOffset?: number;
	/**
	 * Counted from the date the story last named: "the next day" is 1, "that evening" 0; with
	 * `inAnchorMonth`, "on the 10th" is a day and "the end of the month" the month of that date.
	 */
	daysAfterAnchor?: number;
	inAnchorMonth?: boolean;
	/** "The following autumn", "the previous year": the nearest one after, or before, that date. */
	afterAnchor?: 'on' | 'back';
	/** "By the end of the decade": this year of the decade of that date, 0 to 9. */
	decadeOfAnchor?: number;
	/** 0 for Sunday; the day itself is counted from the date published. */
	weekday?: number;
	/**
	 * Counted from the date published in this direction: "last Friday" and "last December" point
	 * back, "next Friday" on. Such a date never borrows a year from the text around it.
	 */
	way?: 'back' | 'on';
}

/** A date found in a sentence: where it stands, and what it names. */
export interface Mention {
	/** Half-open offsets into the paragraph. */
	start: number;
	end: number;
	from: Moment;
	/** Present for a span: "from 1995 to 1999", "16–17 December 2011". */
	to?: Moment;
	/** The text hedges it: "about 2005", "early 2011", "the 1990s". */
	hedged: boolean;
}

/** True when the text writes the year itself, so that later dates without one may borrow it. */
export function hasWrittenYear(mention: Mention): boolean {
	return mention.from.year !== undefined;
}
