import { isoPartialDate, type PartialDate } from '../model/precision.ts';
import type { CandidateDate } from './candidate.ts';

/** A date as `events/*.md` write it: `2011-12-16`, `2011-05`, `spring 2011` or `2011`. */
export function writtenDate(date: PartialDate): string {
	if (date.precision === 'season') return `${date.season} ${date.year}`;
	return isoPartialDate(date);
}

/** One date, or a span whose ends differ; a span from a date to itself is that date. */
export function candidateDate(from: PartialDate, to?: PartialDate): CandidateDate {
	const start = writtenDate(from);
	if (!to) return start;
	const end = writtenDate(to);
	return start === end ? start : { start, end };
}
