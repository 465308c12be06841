import type { CandidateDate } from '../../src/lib/finder/candidate.ts';
import { isoPartialDate, type EventDate, type PartialDate } from '../../src/lib/model/precision.ts';
import { EventDateSchema } from '../../src/lib/model/schema.ts';

function partNotation(date: PartialDate): string {
	// isoPartialDate writes a season as its year alone, which would make spring and 2011 equal.
	return date.precision === 'season' ? `${date.season} ${date.year}` : isoPartialDate(date);
}

/** A parsed date written back in the notation of events/*.md. */
export function dateNotation(date: EventDate): CandidateDate {
	if (date.kind === 'single') return partNotation(date.value);
	return { start: partNotation(date.start), end: partNotation(date.end) };
}

/**
 * One spelling for each date, so that 'Fall 2011' and 'autumn 2011' compare equal while a day
 * never equals its month; null when the value is not a date in the notation at all.
 */
export function dateKey(value: unknown): string | null {
	const parsed = EventDateSchema.safeParse(value);
	return parsed.success ? JSON.stringify(dateNotation(parsed.data)) : null;
}

export function sameDate(left: unknown, right: unknown): boolean {
	const key = dateKey(left);
	return key !== null && key === dateKey(right);
}

/** For reports: '2011-12-16', 'spring 2011' or '2011-04…2012-01'. */
export function showDate(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'object' && value !== null && 'start' in value && 'end' in value) {
		return `${String(value.start)}…${String(value.end)}`;
	}
	return JSON.stringify(value);
}
