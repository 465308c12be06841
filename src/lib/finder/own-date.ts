import type { PartialDate } from '../model/precision.ts';
import { writtenDates, type NumberOrder } from './chrono-reader.ts';
import type { Span } from './sentences.ts';

/**
 * Before the date: capitalised words, a place ("RENO, Nev.,") or a letter's address, or a label
 * ("Report date:", "Posted:").
 */
const PLACE_BEFORE =
	/^(?:(?:[A-Z][\w.'’-]*,?\s+){1,6}|(?:(?:Report\s+)?[Dd]ate[d]?|Published|Posted|Updated):\s*)$/;
const DASH_AFTER = /^\s*(?:--|—|–|-|:)\s/;
const HEADING_WORDS = 12;

/**
 * The date a document gives itself at its top: a news dateline ("RENO, Nev., Nov. 6, 2019 --
 * …") or a letter's heading ("Skarholm Bird Station, Sunday 18 September 1983"). It is the day
 * of writing, not an event, and stands for the date published when none is given.
 */
export function ownDate(
	firstParagraph: string,
	order: NumberOrder
): { date: PartialDate; span: Span } | null {
	const [first] = writtenDates(firstParagraph.slice(0, 200), order);
	if (!first || first.from.precision !== 'day' || first.from.year === undefined || first.to) {
		return null;
	}
	const before = firstParagraph.slice(0, first.start);
	const after = firstParagraph.slice(first.end);
	const placed = before === '' || PLACE_BEFORE.test(before);
	const dateline = placed && before !== '' && DASH_AFTER.test(after);
	const heading =
		placed && /^[\s.,;:]*$/.test(after) && firstParagraph.split(/\s+/).length <= HEADING_WORDS;
	if (!dateline && !heading) return null;
	const { year, month, day } = first.from;
	return {
		date: { precision: 'day', year, month, day },
		span: { start: first.start, end: first.end }
	};
}
