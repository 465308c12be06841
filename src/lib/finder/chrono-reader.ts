import { en, type ParsedComponents, type ParsedResult } from 'chrono-node';
import type { Mention, Moment } from './moment.ts';

/**
 * Chrono reads the written dates: "16 December 2011", "March 3, 2014", "11.05.2011", "June 2012",
 * "16–17 December 2011". Its British parser reads numbers day first, as most of the world writes
 * them; but it also takes "December 17" for December 2017, so the month-name reader is swapped
 * for the one that takes it for a day.
 */
function britishNumbersWithDayNames() {
	const parser = en.GB.clone();
	const american = en.casual.clone();
	const index = parser.parsers.findIndex((reader) => 'shouldSkipYearLikeDate' in reader);
	if (index >= 0 && american.parsers[index]) parser.parsers[index] = american.parsers[index];
	return parser;
}

/** How a text writes a date in numbers: 03/01/2019 is 3 January, or, in an American text, 1 March. */
export type NumberOrder = 'day-first' | 'month-first';

const parsers: Partial<Record<NumberOrder, ReturnType<typeof britishNumbersWithDayNames>>> = {};
const parserFor = (order: NumberOrder) =>
	(parsers[order] ??= order === 'day-first' ? britishNumbersWithDayNames() : en.casual.clone());

const MONTH = String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
const MONTH_FIRST = new RegExp(String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`, 'gi');
const DAY_FIRST = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+\d{4}`, 'gi');
const NUMBERS = /\b(\d{1,2})([./-])(\d{1,2})\2\d{2,4}\b/g;

/**
 * Reads the order from the text itself: how it writes dates with month names ("March 3, 2014"
 * or "3 March 2014"), and numbers that can only be read one way (a 13th month, a dotted date).
 * Day first unless the text leans American, as most of the world writes so.
 */
export function numberOrderOf(text: string): NumberOrder {
	let monthFirst = text.match(MONTH_FIRST)?.length ?? 0;
	let dayFirst = text.match(DAY_FIRST)?.length ?? 0;
	for (const [, first, separator, second] of text.matchAll(NUMBERS)) {
		if (Number(first) > 12 || separator === '.') dayFirst++;
		else if (Number(second) > 12) monthFirst++;
	}
	return monthFirst > dayFirst ? 'month-first' : 'day-first';
}

/** Words that make a date count from the day published; `relativeDates` reads those. */
const COUNTED_FROM_NOW =
	/\b(?:last|next|this|ago|yesterday|today|tonight|tomorrow|now|later|earlier|within|for|past|coming)\b/i;
/** A length of time, not a date: "after two years", "within 3 days". */
const DURATION = /\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b/i;
/**
 * A date chrono reads must write a month or a year: "the end of the month" names neither, and
 * "9/11" or "3/4" without a year is a name or a fraction more often than a day.
 */
const WRITES_A_DATE =
	/\d{4}|\d[./-]\d{1,2}[./-]\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** "at the end of December": chrono makes it the 31st; the text names only the month. */
const END_OF = /\b(?:end|beginning|start|middle) of\s+(?:the\s+)?$/i;

/** "June 3–9, 2018": chrono reads the first day only. */
const MONTH_DAYS = new RegExp(
	String.raw`${MONTH}\s+(\d{1,2})\s*[–-]\s*(\d{1,2}),?\s+(\d{4})\b`,
	'gi'
);
const MONTH_INDEX = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
];

function monthDayRanges(text: string): Mention[] {
	return [...text.matchAll(MONTH_DAYS)].flatMap((match) => {
		const month = MONTH_INDEX.indexOf(match[0].slice(0, 3).toLowerCase()) + 1;
		const [first, last, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
		if (month < 1 || last <= first) return [];
		const day = (value: number): Moment => ({ precision: 'day', year, month, day: value });
		const start = match.index;
		return [
			{ start, end: start + match[0].length, from: day(first), to: day(last), hedged: false }
		];
	});
}

export function writtenDates(text: string, order: NumberOrder = 'day-first'): Mention[] {
	return [...monthDayRanges(text), ...chronoDates(text, order)];
}

function chronoDates(text: string, order: NumberOrder): Mention[] {
	// A fixed reference: only what the text writes is kept, never what chrono implies from it.
	const results = parserFor(order).parse(text, new Date(2000, 0, 1));
	return results.flatMap((result) => {
		if (COUNTED_FROM_NOW.test(result.text) || DURATION.test(result.text)) return [];
		if (!WRITES_A_DATE.test(result.text)) return [];
		const from = momentOf(result.start);
		// A weekday alone counts from the day published: `relativeDates` reads it.
		if (!from || (from.month === undefined && from.year === undefined)) return [];
		const endOf =
			END_OF.test(text.slice(Math.max(0, result.index - 20), result.index)) ||
			/\b(?:end|beginning|start|middle) of\b/i.test(result.text);
		if (endOf && !/\d/.test(result.text)) {
			return [
				{
					start: result.index,
					end: result.index + result.text.length,
					from: { precision: 'month', year: from.year, month: from.month },
					hedged: true
				}
			];
		}
		const to = result.end ? momentOf(result.end) : undefined;
		const mention: Mention = {
			start: result.index,
			end: result.index + result.text.length,
			from,
			hedged: false
		};
		if (to) Object.assign(mention, shareYears(from, to));
		return [trimmed(mention, result)];
	});
}

function momentOf(components: ParsedComponents): Moment | null {
	const known = (name: 'year' | 'month' | 'day' | 'weekday') =>
		components.isCertain(name) ? (components.get(name) ?? undefined) : undefined;
	const [year, month, day] = [known('year'), known('month'), known('day')];
	if (month !== undefined && day !== undefined) {
		// "Saturday, October 31" with no year: the weekday tells which year.
		const weekday = year === undefined ? known('weekday') : undefined;
		return weekday === undefined
			? { precision: 'day', year, month, day }
			: { precision: 'day', year, month, day, weekday };
	}
	if (month !== undefined) return { precision: 'month', year, month };
	if (year !== undefined && day === undefined) return { precision: 'year', year };
	return null;
}

/**
 * "December 17 to January 5, 2012": each end lends its year to the other, across the turn of the
 * year where the span runs over it. With no year at all, `resolveSpan` does the same later.
 */
function shareYears(from: Moment, to: Moment): { from: Moment; to: Moment } {
	const order = (moment: Moment) => (moment.month ?? 1) * 100 + (moment.day ?? 1);
	const turns = order(from) > order(to);
	if (from.year === undefined && to.year !== undefined) {
		return { from: { ...from, year: turns ? to.year - 1 : to.year }, to };
	}
	if (to.year === undefined && from.year !== undefined) {
		return { from, to: { ...to, year: turns ? from.year + 1 : from.year } };
	}
	return { from, to };
}

/** Chrono keeps a trailing comma or space in some texts ("on Tuesday,"); the quote does not. */
function trimmed(mention: Mention, result: ParsedResult): Mention {
	const extra = result.text.length - result.text.trimEnd().replace(/[,;:]$/, '').length;
	return { ...mention, end: mention.end - extra };
}
