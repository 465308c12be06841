/**
 * A timeline a teacher makes in the browser from their own sources: what is saved as they work,
 * written to a `.timeline.json` file and carried whole in a link. This schema reads its shape
 * only; the events in it become a collection through the build's own validator
 * (`to-collection.ts`), never by another path.
 */
import { z } from 'zod';
import { ClaimSchema, ThemeSchema, type Theme } from '../model/schema.ts';

/** The format of a saved, downloaded or shared timeline; a later format takes the next number. */
export const MADE_TIMELINE_VERSION = 1;

const words = z.string().max(100_000);
const date = z.union([z.string().max(40), z.strictObject({ start: z.string(), end: z.string() })]);

/** One source as the teacher gave it: its details and its text, paragraphs apart. */
export const MadeSourceSchema = z.strictObject({
	id: z.string(),
	title: words,
	author: words,
	publisher: words,
	/** `YYYY-MM-DD`; '' until the teacher gives it. */
	published: z.string().max(40),
	url: words,
	licence: words,
	/** Paragraphs separated by a blank line. Holds only the quoted paragraphs when `partial`. */
	text: z.string(),
	/** Set when a link or file carried only the quoted paragraphs, not the whole text. */
	partial: z.boolean().optional()
});

export const MadeQuoteSchema = z.strictObject({ source: z.string(), text: words });

/** An event the teacher kept: the fields of `events/*.md`, in the teacher's words. */
export const MadeEventSchema = z.strictObject({
	id: z.string(),
	title: words,
	/** In the teacher's own words; may be empty. */
	description: words,
	date,
	approximate: z.boolean(),
	status: z.enum(['happened', 'planned']),
	themes: z.array(z.string()),
	actors: z.array(words),
	places: z.array(words),
	quotes: z.array(MadeQuoteSchema),
	/** Figures the sources disagree on, as in the Zhanaozen event's claims table. */
	claims: z.array(ClaimSchema),
	/** Kept from a TimelineJS slide: how it showed the date, its media and its links. */
	displayDate: z.string().max(200).optional(),
	media: z.strictObject({ url: z.string(), credit: words, caption: words }).optional(),
	links: z.array(z.strictObject({ text: words, href: z.string() })).optional()
});

/** What the finder proposed (finder/candidate.ts), as a file carries it. */
const FoundSchema = z.object({
	date,
	approximate: z.boolean(),
	yearInferred: z.boolean(),
	status: z.enum(['happened', 'planned']),
	quote: words,
	paragraph: z.number().int(),
	start: z.number().int(),
	end: z.number().int(),
	/** A timeline saved before the finder gave it has none. */
	dateAt: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
	title: words,
	people: z.array(words),
	places: z.array(words)
});

/** What the finder proposed from one source, and what the teacher made of it. */
export const ReviewCandidateSchema = z.strictObject({
	/** Stable across runs of the finder: the source, paragraph and offsets of its quote. */
	key: z.string(),
	source: z.string(),
	found: FoundSchema,
	state: z.enum(['open', 'accepted', 'rejected']),
	/** The event it became, once accepted. */
	event: z.string().optional()
});

/** Each id once in its list: the page keys its lists by them. */
function uniqueIds<T>(
	items: T[],
	key: (item: T) => string,
	path: string,
	context: z.RefinementCtx
) {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		const id = key(item);
		if (seen.has(id))
			context.addIssue({ code: 'custom', message: `"${id}" is used twice`, path: [path, index] });
		seen.add(id);
	});
}

export const MadeTimelineSchema = z
	.strictObject({
		version: z.literal(MADE_TIMELINE_VERSION),
		/** Made by the page; the key it is saved under. */
		id: z.string().min(1),
		title: words,
		description: words,
		themes: z.array(ThemeSchema),
		sources: z.array(MadeSourceSchema),
		events: z.array(MadeEventSchema),
		candidates: z.array(ReviewCandidateSchema),
		/**
		 * A lesson over this timeline, as the lesson builder holds one (lesson-builder/lesson-draft.ts)
		 * and reads one back (read-draft.ts), which checks and trims every field.
		 */
		lesson: z.unknown().optional(),
		/** A TimelineJS timeline's eras, kept as they came: a title and a date or span each. */
		eras: z.array(z.strictObject({ title: words, date })).optional(),
		/** Milliseconds since 1970, when it was last changed. */
		updated: z.number()
	})
	.superRefine((made, context) => {
		uniqueIds(made.sources, (source) => source.id, 'sources', context);
		uniqueIds(made.events, (event) => event.id, 'events', context);
		uniqueIds(made.themes, (theme) => theme.id, 'themes', context);
		uniqueIds(made.candidates, (candidate) => candidate.key, 'candidates', context);
	});

export type MadeSource = z.infer<typeof MadeSourceSchema>;
export type MadeQuote = z.infer<typeof MadeQuoteSchema>;
export type MadeEvent = z.infer<typeof MadeEventSchema>;
export type ReviewCandidate = z.infer<typeof ReviewCandidateSchema>;
export type MadeTimeline = z.infer<typeof MadeTimelineSchema>;

/** The theme every new timeline starts with, so that an event always has one. */
export const FIRST_THEME: Theme = {
	id: 'events',
	label: 'Events',
	colour: '#1d4ed8',
	colourDark: '#93b4ff',
	description: 'Everything in this timeline.'
};

export function emptySource(id: string): MadeSource {
	return {
		id,
		title: '',
		author: '',
		publisher: '',
		published: '',
		url: '',
		licence: '',
		text: ''
	};
}

export function newTimeline(id: string, now: number): MadeTimeline {
	return {
		version: MADE_TIMELINE_VERSION,
		id,
		title: '',
		description: '',
		themes: [FIRST_THEME],
		sources: [emptySource('source-1')],
		events: [],
		candidates: [],
		updated: now
	};
}
