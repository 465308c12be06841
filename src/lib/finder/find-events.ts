import { parseIsoDay } from '../model/days.ts';
import { partialDateExtent, type PartialDate } from '../model/precision.ts';
import type { Candidate, FinderOptions, FinderResult, Unresolved } from './candidate.ts';
import { mentionsIn } from './mentions.ts';
import type { Mention } from './moment.ts';
import { nameCandidates } from './names.ts';
import { candidateDate } from './notation.ts';
import { resolveMoment, type YearContext } from './resolve.ts';
import { clausesAround, paragraphsWithLines, sentenceSpans } from './sentences.ts';
import { pointsForward, proposeTitle, speaksOfFuture } from './statement.ts';

/** What one step of the chunked form has read: paragraphs so far, and what they held. */
export interface FinderProgress extends FinderResult {
	done: number;
	total: number;
}

/** Proposes the dated statements of a text whose paragraphs are separated by blank lines. */
export function findEvents(text: string, options: FinderOptions = {}): FinderResult {
	const result: FinderResult = { candidates: [], unresolved: [] };
	for (const step of findEventsInChunks(text, options, Infinity)) {
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
	text: string,
	options: FinderOptions = {},
	paragraphsPerChunk = 40
): Generator<FinderProgress> {
	const paragraphs = paragraphsWithLines(text);
	const published = options.published ? (parseIsoDay(options.published) ?? undefined) : undefined;
	const years = new YearsSoFar();
	let step: FinderProgress = { candidates: [], unresolved: [], done: 0, total: paragraphs.length };
	for (const [index, paragraph] of paragraphs.entries()) {
		years.enterParagraph(paragraph.text);
		readParagraph(paragraph.text, paragraph.lineStarts, index + 1, published, years, step);
		step.done = index + 1;
		if (step.done % paragraphsPerChunk === 0 || step.done === paragraphs.length) {
			step.candidates = step.candidates.filter((candidate) => isVerbatim(candidate, paragraphs));
			nameCandidates(step.candidates);
			yield step;
			step = { candidates: [], unresolved: [], done: step.done, total: paragraphs.length };
		}
	}
}

/** The years written so far, which a date without one may borrow, nearest first. */
class YearsSoFar {
	#inParagraph: PartialDate | undefined;
	#sentence = 0;
	#writtenInSentence = -1;
	#inPreviousParagraph: PartialDate | undefined;
	#heading: PartialDate | undefined;

	enterParagraph(paragraph: string) {
		this.#inPreviousParagraph = this.#inParagraph ?? this.#inPreviousParagraph;
		this.#inParagraph = undefined;
		const heading = /^\D{0,30}\b(1[0-9]\d\d|20\d\d)\b\D{0,30}$/.exec(paragraph);
		if (heading && paragraph.split(/\s+/).length <= 6) {
			this.#heading = { precision: 'year', year: Number(heading[1]) };
		}
	}

	enterSentence() {
		this.#sentence++;
	}

	written(date: PartialDate) {
		this.#inParagraph = date;
		this.#writtenInSentence = this.#sentence;
	}

	/** The nearest date was written in the sentence being read. */
	get inSentence(): boolean {
		return this.#inParagraph !== undefined && this.#writtenInSentence === this.#sentence;
	}

	/** A date close by: in this paragraph, under a heading, or, with no date published, just before. */
	nearby(published: Date | undefined): PartialDate | undefined {
		return (
			this.#inParagraph ?? this.#heading ?? (published ? undefined : this.#inPreviousParagraph)
		);
	}
}

function readParagraph(
	paragraph: string,
	lineStarts: number[],
	number: number,
	published: Date | undefined,
	years: YearsSoFar,
	out: FinderProgress
) {
	for (const sentence of sentenceSpans(paragraph, lineStarts)) {
		years.enterSentence();
		const mentions = mentionsIn(paragraph, sentence);
		const clauses = clausesAround(paragraph, sentence, mentions);
		const seen = new Set<string>();
		for (const [index, mention] of mentions.entries()) {
			const quote = clauses[index]!;
			const quoteText = paragraph.slice(quote.start, quote.end);
			const dateInQuote = { start: mention.start - quote.start, end: mention.end - quote.start };
			const future = speaksOfFuture(quoteText, dateInQuote);
			const forward = pointsForward(quoteText, dateInQuote);
			const nearby = years.nearby(published);
			const context: YearContext = {
				published,
				nearby,
				nearbyInSentence: years.inSentence,
				future: forward
			};
			const dated = resolveMention(mention, context);
			if (dated === 'unresolved') {
				const { start, end } = mention;
				out.unresolved.push({
					text: paragraph.slice(start, end),
					paragraph: number,
					start,
					end
				} satisfies Unresolved);
				continue;
			}
			if (!dated) continue;
			if (!future && mention.from.year !== undefined) years.written(dated.to ?? dated.from);
			const date = candidateDate(dated.from, dated.to);
			const key = `${quote.start}:${JSON.stringify(date)}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const planned = isPlanned(dated, future && !sinceBefore(paragraph, mention), published);
			out.candidates.push({
				date,
				approximate: mention.hedged,
				yearInferred: dated.yearInferred,
				status: planned ? 'planned' : 'happened',
				quote: quoteText,
				paragraph: number,
				start: quote.start,
				end: quote.end,
				title: proposeTitle(quoteText, {
					start: mention.start - quote.start,
					end: mention.end - quote.start
				}),
				people: [],
				places: []
			} satisfies Candidate);
		}
	}
}

/**
 * A plan is a date still to come when the text was written: after the day published, or, with
 * none given, in a clause about the future. A future clause with a past date is not a plan.
 */
function isPlanned(dated: Dated, future: boolean, published: Date | undefined): boolean {
	if (!published) return future;
	const { start, end } = partialDateExtent(dated.to ?? dated.from);
	return start > published || (future && end > published);
}

/** "for the first time since the 1990s, the nation will…": the date is where it starts from. */
function sinceBefore(paragraph: string, mention: Mention): boolean {
	return /\bsince\s+(?:the\s+)?$/i.test(
		paragraph.slice(Math.max(0, mention.start - 12), mention.start)
	);
}

interface Dated {
	from: PartialDate;
	to?: PartialDate;
	yearInferred: boolean;
}

/** Both ends of a span; an end with no year of its own takes the start's, or the next one. */
function resolveMention(mention: Mention, context: YearContext): Dated | 'unresolved' | null {
	const from = resolveMoment(mention.from, context);
	if (from.kind !== 'date') return from.kind === 'unresolved' ? 'unresolved' : null;
	if (!mention.to) return { from: from.date, yearInferred: from.yearInferred };
	const order = (moment: { month?: number; day?: number }) =>
		(moment.month ?? 1) * 100 + (moment.day ?? 1);
	const turns = order(mention.from) > order(mention.to);
	const endYear: PartialDate = { precision: 'year', year: from.date.year + (turns ? 1 : 0) };
	const endContext = { ...context, nearby: endYear };
	const to = resolveMoment(mention.to, endContext);
	// "since 2000" with no date published is still 2000.
	if (to.kind === 'unresolved' && mention.to.yearOffset === 0 && mention.from.year !== undefined) {
		return { from: from.date, yearInferred: from.yearInferred };
	}
	if (to.kind !== 'date') return to.kind === 'unresolved' ? 'unresolved' : null;
	return { from: from.date, to: to.date, yearInferred: from.yearInferred || to.yearInferred };
}

/** A quote that is not, to the letter, where it says it is, never leaves the finder. */
function isVerbatim(candidate: Candidate, paragraphs: Array<{ text: string }>): boolean {
	const paragraph = paragraphs[candidate.paragraph - 1]?.text;
	return (
		candidate.quote.length > 0 &&
		paragraph?.slice(candidate.start, candidate.end) === candidate.quote
	);
}
