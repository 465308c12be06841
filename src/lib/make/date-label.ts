import type { CandidateDate } from '../finder/candidate.ts';
import { formatEventDate, parsePartialDate, type EventDate } from '../model/precision.ts';

/** A date in the notation of `events/*.md` as the event it would be, or null if it is not one. */
export function readEventDate(date: CandidateDate): EventDate | null {
	if (typeof date === 'string') {
		const value = parsePartialDate(date);
		return 'error' in value ? null : { kind: 'single', value };
	}
	const [start, end] = [parsePartialDate(date.start), parsePartialDate(date.end)];
	return 'error' in start || 'error' in end ? null : { kind: 'span', start, end };
}

/** How the page shows a date it holds in that notation: "16 December 2011", "Spring 2011". */
export function dateLabel(date: CandidateDate): string {
	const read = readEventDate(date);
	if (read) return formatEventDate(read);
	return typeof date === 'string' ? date : `${date.start} – ${date.end}`;
}

/** The date a new event starts with before the teacher gives one: its source's year, or this one. */
export function startingYear(published: string): string {
	return published.slice(0, 4) || String(new Date().getFullYear());
}
