/**
 * What the finder proposes: one dated statement of a text, with its date in the notation of
 * `events/*.md` and its quote located in the paragraph it came from.
 */

/** `'2011-12-16'`, `'2011-05'`, `'spring 2011'`, `'2011'`, or a span of two of those. */
export type CandidateDate = string | { start: string; end: string };

export interface Candidate {
	date: CandidateDate;
	/** The text hedges: "about", "around", "early 2011", "in recent years", a decade. */
	approximate: boolean;
	/** The year came from the date published or from the text around, not from the statement. */
	yearInferred: boolean;
	/** 'planned' when the text speaks of it as still to come at the date published. */
	status: 'happened' | 'planned';
	/** The sentence, or the clause that carries the date, verbatim. */
	quote: string;
	/** 1-based, as the source pages number them. */
	paragraph: number;
	/** Half-open offsets of the quote inside its paragraph, in UTF-16 code units. */
	start: number;
	end: number;
	/** Half-open offsets, inside the paragraph, of the words that name the date. */
	dateAt: { start: number; end: number };
	/** A short proposed title, for the teacher to edit. */
	title: string;
	people: string[];
	places: string[];
}

/** A date the finder saw but would not guess: it needs the date published. */
export interface Unresolved {
	/** The words that name the date, as they stand in the text. */
	text: string;
	paragraph: number;
	start: number;
	end: number;
}

export interface FinderOptions {
	/** `YYYY-MM-DD`: the day the text was published, which relative dates count from. */
	published?: string;
}

export interface FinderResult {
	candidates: Candidate[];
	unresolved: Unresolved[];
}
