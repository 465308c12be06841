/**
 * A teacher's timeline as one file (`<title>.timeline.json`) or one link, with the lesson over it
 * when it has one. Either carries the sources' whole texts only when the teacher chooses to: the
 * text may be someone else's copyright, so by default only the quoted paragraphs go.
 */
import { decodeLink, encodeLink, type EncodedLink, type LinkError } from '../links/link-codec.ts';
import { quoteFinder } from '../collection/quotes.ts';
import { idFromTitle } from '../model/ids.ts';
import { splitParagraphs } from '../model/markdown.ts';
import type { ContentProblem } from '../collection/errors.ts';
import { schemaProblems } from '../collection/errors.ts';
import { MADE_TIMELINE_VERSION, MadeTimelineSchema, type MadeTimeline } from './made-timeline.ts';
import { madeCollection, timelineTitle } from './to-collection.ts';

/** A timeline link: 48 KB compressed at most, and a generous guard on what it inflates to. */
export const TIMELINE_LINK = {
	thing: 'timeline',
	maxCompressedBytes: 48 * 1024,
	maxDecodedBytes: 4 * 1024 * 1024
};
/** Far larger than a timeline of a few long articles; a bigger file is refused unread. */
export const MAX_TIMELINE_FILE_BYTES = 8 * 1024 * 1024;

/** What a file or a link carries: the timeline, with the lesson over it if it has one. */
export interface TimelinePackage {
	timeline: MadeTimeline;
}

export function timelineFileName(made: MadeTimeline): string {
	return `${idFromTitle(timelineTitle(made), 'my-timeline')}.timeline.json`;
}

/**
 * Every paragraph that holds a quote of this source, an event's or a disputed figure's, found as
 * the validator finds them, in order and a blank line apart.
 */
function quotedParagraphs(made: MadeTimeline, source: string, text: string): string {
	const quotes = made.events.flatMap((event) => [
		...event.quotes,
		...event.claims.flatMap((claim) => claim.values.map((value) => value.quote))
	]);
	const paragraphs = splitParagraphs(text);
	const find = quoteFinder(paragraphs);
	const kept = new Set(
		quotes.flatMap((quote) => {
			const found = quote.source === source ? find(quote.text) : null;
			return found ? [found.paragraph - 1] : [];
		})
	);
	return paragraphs.filter((_, index) => kept.has(index)).join('\n\n');
}

/** The timeline as it leaves the browser: with its full texts, or with the quoted paragraphs. */
export function forSharing(made: MadeTimeline, withFullText: boolean): MadeTimeline {
	if (withFullText) return made;
	return {
		...made,
		// What the finder proposed points into the whole text, which stays with the teacher.
		candidates: [],
		sources: made.sources.map((source) => ({
			...source,
			text: quotedParagraphs(made, source.id, source.text),
			partial: true
		}))
	};
}

export type ReadTimeline =
	| { ok: true; timeline: MadeTimeline; problems: ContentProblem[] }
	| { ok: false; message: string; problems: ContentProblem[] };

/**
 * Reads what a file or a link holds. Its shape must be this site's; its events then go through
 * the build's validator, and what that finds is returned beside the timeline, each problem
 * naming the event and the field, so that the teacher can open it and put it right.
 */
export function readPackage(data: unknown, from: 'file' | 'link'): ReadTimeline {
	const thing = from === 'file' ? 'This file' : 'This link';
	const holder = (data ?? {}) as { timeline?: { version?: unknown } };
	const version = holder.timeline?.version;
	if (typeof version !== 'number')
		return { ok: false, message: `${thing} does not hold a timeline made here.`, problems: [] };
	if (version > MADE_TIMELINE_VERSION)
		return {
			ok: false,
			message: `${thing} was made by a newer version of the site (format ${version}; this one reads format ${MADE_TIMELINE_VERSION}).`,
			problems: []
		};
	const result = MadeTimelineSchema.safeParse(holder.timeline);
	if (!result.success)
		return {
			ok: false,
			message: `${thing} holds a timeline that is damaged and cannot be opened.`,
			problems: schemaProblems('timeline', result.error).slice(0, 20)
		};
	const checked = madeCollection(result.data);
	return {
		ok: true,
		timeline: result.data,
		problems: checked.ok || result.data.events.length === 0 ? [] : checked.problems
	};
}

export function writeTimelineFile(pack: TimelinePackage): string {
	return `${JSON.stringify({ format: 'timeline', ...pack }, null, '\t')}\n`;
}

/** Reads an opened file's text. Never throws. */
export function readTimelineFile(text: string): ReadTimeline {
	try {
		return readPackage(JSON.parse(text), 'file');
	} catch {
		return {
			ok: false,
			message: 'This file is not a timeline file: it is not JSON.',
			problems: []
		};
	}
}

export function encodeTimelineLink(pack: TimelinePackage): Promise<EncodedLink> {
	return encodeLink(pack, TIMELINE_LINK);
}

export async function decodeTimelineLink(
	fragment: string
): Promise<ReadTimeline & { error?: LinkError }> {
	const decoded = await decodeLink(fragment, TIMELINE_LINK);
	if (!decoded.ok) return { ok: false, message: decoded.error.message, problems: [] };
	const read = readPackage(decoded.data, 'link');
	if (read.ok && decoded.changed)
		return {
			...read,
			error: {
				kind: 'tampered',
				message:
					'This timeline link has been changed since it was made. What could be read is shown; check it before you use it.'
			}
		};
	return read;
}
