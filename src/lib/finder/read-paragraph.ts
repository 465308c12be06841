import { partialDateExtent, type PartialDate } from '../model/precision.ts';
import type { Candidate, FinderResult, Unresolved } from './candidate.ts';
import type { NumberOrder } from './chrono-reader.ts';
import { mentionsIn } from './mentions.ts';
import type { Mention } from './moment.ts';
import { candidateDate } from './notation.ts';
import { resolveMoment, type YearContext } from './resolve.ts';
import { clausesAround, sentenceSpans, type Span } from './sentences.ts';
import { pointsForward, proposeTitle, speaksOfFuture } from './statement.ts';
import type { StoryDates } from './story-dates.ts';

/** What reading a text needs beside its paragraphs. */
export interface Reading {
	published: Date | undefined;
	order: NumberOrder;
	story: StoryDates;
	/** Where the document's own date stands (a dateline, a letter's heading): no event. */
	ownDate?: { paragraph: number } & Span;
}

export function readParagraph(
	paragraph: string,
	lineStarts: number[],
	number: number,
	reading: Reading,
	out: FinderResult
) {
	const { published, story } = reading;
	for (const sentence of sentenceSpans(paragraph, lineStarts)) {
		story.enterSentence();
		const mentions = mentionsIn(paragraph, sentence, reading.order).filter(
			(mention) => !isOwnDate(reading, number, mention)
		);
		const clauses = clausesAround(paragraph, sentence, mentions);
		const seen = new Set<string>();
		for (const [index, mention] of mentions.entries()) {
			const quote = clauses[index]!;
			const quoteText = paragraph.slice(quote.start, quote.end);
			const dateInQuote = { start: mention.start - quote.start, end: mention.end - quote.start };
			const future = speaksOfFuture(quoteText, dateInQuote);
			const forward = pointsForward(quoteText, dateInQuote);
			const nearby = story.nearby(published);
			const context: YearContext = {
				published,
				nearby,
				nearbyInSentence: story.inSentence,
				anchor: story.anchor,
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
			if (!future && mention.from.year !== undefined) story.written(dated.to ?? dated.from);
			story.named(dated.to ?? dated.from);
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
				dateAt: { start: mention.start, end: mention.end },
				title: proposeTitle(quoteText, dateInQuote),
				people: [],
				places: []
			} satisfies Candidate);
		}
	}
}

/**
 * A plan is a date still to come when the text was written: wholly after the day published, or,
 * in a clause about the future, ending after it (with none given, the clause alone decides). A
 * future clause with a past date is not a plan.
 */
function isPlanned(dated: Dated, future: boolean, published: Date | undefined): boolean {
	if (!published) return future;
	const { start } = partialDateExtent(dated.from);
	const { end } = partialDateExtent(dated.to ?? dated.from);
	return start > published || (future && end > published);
}

/** "for the first time since the 1990s, the nation will…": the date is where it starts from. */
function sinceBefore(paragraph: string, mention: Mention): boolean {
	return /\bsince\s+(?:the\s+)?$/i.test(
		paragraph.slice(Math.max(0, mention.start - 12), mention.start)
	);
}

function isOwnDate(reading: Reading, paragraph: number, mention: Mention): boolean {
	const own = reading.ownDate;
	return own?.paragraph === paragraph && mention.start < own.end && own.start < mention.end;
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
	if (to.kind === 'unresolved' && mention.to.yearOffset === -1 && mention.from.year !== undefined) {
		return { from: from.date, yearInferred: from.yearInferred };
	}
	if (to.kind !== 'date') return to.kind === 'unresolved' ? 'unresolved' : null;
	// "since 2012" in a text of 2012: no whole year since, so the year alone.
	if (partialDateExtent(to.date).end <= partialDateExtent(from.date).start) {
		return { from: from.date, yearInferred: from.yearInferred };
	}
	return { from: from.date, to: to.date, yearInferred: from.yearInferred || to.yearInferred };
}
