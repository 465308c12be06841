import { parseIsoDay } from '../model/days.ts';
import type { Candidate, FinderOptions, FinderResult } from './candidate.ts';
import { numberOrderOf } from './chrono-reader.ts';
import { nameCandidates } from './names.ts';
import { ownDate } from './own-date.ts';
import { readParagraph, type Reading } from './read-paragraph.ts';
import { paragraphsWithLines } from './sentences.ts';
import { StoryDates } from './story-dates.ts';

/** A title above a dateline or a date line is short. */
const TITLE_WORDS = 12;

/** What one step of the chunked form has read: paragraphs so far, and what they held. */
export interface FinderProgress extends FinderResult {
	done: number;
	total: number;
}

/**
 * Proposes the dated statements of a text whose paragraphs are separated by blank lines, or of
 * paragraphs already split (as the source pages split them: then numbers and offsets are theirs).
 */
export function findEvents(
	text: string | readonly string[],
	options: FinderOptions = {}
): FinderResult {
	const result: FinderResult = { candidates: [], unresolved: [] };
	for (const step of findEventsInChunks(text, options)) {
		result.candidates.push(...step.candidates);
		result.unresolved.push(...step.unresolved);
	}
	return result;
}

/**
 * The same, a few paragraphs at a time, so that a worker can report progress on a long text.
 * Each step yields only what its paragraphs held; the years carried between them are kept.
 */
export function* findEventsInChunks(
	text: string | readonly string[],
	options: FinderOptions = {},
	paragraphsPerChunk = 40
): Generator<FinderProgress> {
	const paragraphs =
		typeof text === 'string'
			? paragraphsWithLines(text)
			: text.map((paragraph) => ({ text: paragraph, lineStarts: [0] }));
	if (paragraphs.length === 0) {
		yield { candidates: [], unresolved: [], done: 0, total: 0 };
		return;
	}
	const reading = startReading(paragraphs, options);
	let step: FinderProgress = { candidates: [], unresolved: [], done: 0, total: paragraphs.length };
	for (const [index, paragraph] of paragraphs.entries()) {
		reading.story.enterParagraph(paragraph.text);
		readParagraph(paragraph.text, paragraph.lineStarts, index + 1, reading, step);
		step.done = index + 1;
		if (step.done % paragraphsPerChunk === 0 || step.done === paragraphs.length) {
			step.candidates = step.candidates.filter((candidate) => isVerbatim(candidate, paragraphs));
			nameCandidates(step.candidates);
			yield step;
			step = { candidates: [], unresolved: [], done: step.done, total: paragraphs.length };
		}
	}
}

/**
 * How the text writes numbers, and the day it was written: the one given, or else the one the
 * document gives itself at its top (a dateline, a letter's heading).
 */
function startReading(paragraphs: Array<{ text: string }>, options: FinderOptions): Reading {
	const order = numberOrderOf(paragraphs.map((paragraph) => paragraph.text).join('\n'));
	const story = new StoryDates();
	let published = options.published ? (parseIsoDay(options.published) ?? undefined) : undefined;
	// At the top, or just under a short title.
	const [first, second] = paragraphs.map((paragraph) => paragraph.text);
	const titled = first !== undefined && first.split(/\s+/).length <= TITLE_WORDS;
	const atTop = ownDate(first ?? '', order);
	const own = atTop ?? (titled && second ? ownDate(second, order) : null);
	const paragraph = atTop ? 1 : 2;
	if (own) {
		story.dated(own.date);
		const { year, month, day } = own.date;
		published ??= new Date(year, month! - 1, day);
	}
	return { published, order, story, ownDate: own ? { paragraph, ...own.span } : undefined };
}

/** A quote that is not, to the letter, where it says it is, never leaves the finder. */
function isVerbatim(candidate: Candidate, paragraphs: Array<{ text: string }>): boolean {
	const paragraph = paragraphs[candidate.paragraph - 1]?.text;
	return (
		candidate.quote.length > 0 &&
		paragraph?.slice(candidate.start, candidate.end) === candidate.quote
	);
}
