/**
 * A timeline a teacher makes in the browser from their own sources: what is saved as they work,
 * written to a `.timeline.json` file and carried whole in a link. The events in it become a
 * collection through the build's own validator (`to-collection.ts`), never by another path.
 */
import type { Candidate, CandidateDate } from '../finder/candidate.ts';
import type { Claim, Theme } from '../model/schema.ts';

/** The format of a saved, downloaded or shared timeline; a later format takes the next number. */
export const MADE_TIMELINE_VERSION = 1;

/** One source as the teacher gave it: its details and its whole text, paragraphs apart. */
export interface MadeSource {
	id: string;
	title: string;
	author: string;
	publisher: string;
	/** `YYYY-MM-DD`; '' until the teacher gives it. */
	published: string;
	url: string;
	licence: string;
	/** Paragraphs separated by a blank line. Holds only the quoted paragraphs when `partial`. */
	text: string;
	/** Set when a link or file carried only the quoted paragraphs, not the whole text. */
	partial?: boolean;
}

export interface MadeQuote {
	source: string;
	text: string;
}

/** An event the teacher kept: the fields of `events/*.md`, in the teacher's words. */
export interface MadeEvent {
	id: string;
	title: string;
	/** In the teacher's own words; may be empty. */
	description: string;
	date: CandidateDate;
	approximate: boolean;
	status: 'happened' | 'planned';
	themes: string[];
	actors: string[];
	places: string[];
	quotes: MadeQuote[];
	/** Figures the sources disagree on, as in the Zhanaozen event's claims table. */
	claims: Claim[];
}

/** What the finder proposed from one source, and what the teacher made of it. */
export interface ReviewCandidate {
	/** Stable across runs of the finder: the source, paragraph and offsets of its quote. */
	key: string;
	source: string;
	found: Candidate;
	state: 'open' | 'accepted' | 'rejected';
	/** The event it became, once accepted. */
	event?: string;
}

export interface MadeTimeline {
	version: typeof MADE_TIMELINE_VERSION;
	/** Made by the page; the key it is saved under. */
	id: string;
	title: string;
	description: string;
	themes: Theme[];
	sources: MadeSource[];
	events: MadeEvent[];
	candidates: ReviewCandidate[];
	/** Milliseconds since 1970, when it was last changed. */
	updated: number;
}

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
