import { formatIsoDay, parseIsoDay } from '../model/days.ts';
import type { SourceMeta } from '../model/types.ts';

/**
 * What a document says of itself, named as a source's front matter names it: `published` is a
 * day, `YYYY-MM-DD`, and `url` an http or https address.
 */
export type SourceDetails = Partial<
	Pick<SourceMeta, 'title' | 'author' | 'publisher' | 'published' | 'url'>
>;

/** Text with its whitespace collapsed, or undefined when there is none. */
export function detailText(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.replace(/\s+/g, ' ').trim();
	return text === '' ? undefined : text;
}

/**
 * The day a date names, `YYYY-MM-DD`: as written at the head of an ISO date and time (the day
 * the publisher meant, whatever its zone), or as "27 January 2012" or an HTTP date reads.
 * Undefined for anything less than a day, such as a year alone.
 */
export function publishedDay(value: unknown): string | undefined {
	const text = detailText(value);
	if (text === undefined) return undefined;
	const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text)?.[1];
	if (iso !== undefined) return parseIsoDay(iso) ? iso : undefined;
	const namesADay = /\p{L}{3}/u.test(text) && /\b\d{1,2}\b/.test(text) && /\b\d{4}\b/.test(text);
	const time = namesADay ? Date.parse(text) : NaN;
	if (Number.isNaN(time)) return undefined;
	// With a zone the time is a moment, read in UTC; without one it is local midnight.
	const day = /(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})$/.test(text)
		? new Date(time).toISOString().slice(0, 10)
		: formatIsoDay(new Date(time));
	return parseIsoDay(day) ? day : undefined;
}

/** A web address, http or https only: a javascript: or data: address is not one. */
export function webAddress(value: unknown): string | undefined {
	const text = detailText(value);
	if (text === undefined) return undefined;
	try {
		const url = new URL(text);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}
