/**
 * Scores the finder's candidates against the statements a careful reader marked in one text.
 * Pure: the runner reads the files and calls the finder; everything here is arithmetic on spans.
 */
import type { Candidate } from '../../src/lib/finder/candidate.ts';
import { sameDate } from './dates.ts';

/** A place in a text: a 1-based paragraph and half-open offsets inside it. */
export interface Span {
	paragraph: number;
	start: number;
	end: number;
}

/** A marked statement located in its paragraph, with the date the reader gave it. */
export interface MarkedStatement extends Span {
	date: unknown;
}

export type ScoredCandidate = Pick<Candidate, 'paragraph' | 'start' | 'end' | 'date' | 'quote'>;

export interface Match {
	statement: number;
	candidate: number;
	sameDate: boolean;
}

export interface Counts {
	statements: number;
	candidates: number;
	/** Statements matched, which is also candidates matched: a match pairs one with one. */
	matched: number;
	exactDates: number;
	quoteViolations: number;
}

export interface FixtureScore extends Counts {
	matches: Match[];
	/** Indices of the statements no candidate matched. */
	missed: number[];
	/** Indices of the candidates that matched no statement. */
	extra: number[];
	/** Indices of the candidates whose quote is not the text at their offsets. */
	notVerbatim: number[];
}

export interface Rates {
	recall: number | null;
	precision: number | null;
	exactDate: number | null;
}

/**
 * Where a marked quote stands in its paragraph: at `start` when the annotation gives one (a quote
 * that occurs twice), else at its only occurrence.
 */
export function locateQuote(
	paragraph: string,
	quote: string,
	start?: number
): { start: number; end: number } | { error: string } {
	if (start !== undefined) {
		return paragraph.startsWith(quote, start)
			? { start, end: start + quote.length }
			: { error: `is not at offset ${start} of its paragraph` };
	}
	const at = paragraph.indexOf(quote);
	if (at === -1) return { error: 'is not a verbatim part of its paragraph' };
	if (paragraph.indexOf(quote, at + 1) !== -1) {
		return { error: 'occurs more than once in its paragraph: give its start' };
	}
	return { start: at, end: at + quote.length };
}

export function overlap(left: Span, right: Span): number {
	if (left.paragraph !== right.paragraph) return 0;
	return Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
}

/** A span with the date given to it, where there is one. */
type Dated = Span & { date?: unknown };

/**
 * Pairs statements with candidates one to one. Pairs that agree on the date go first, so that two
 * candidates quoting the same sentence each go to the clause whose date they found; then the
 * largest overlaps, so that a candidate quoting a whole sentence goes to the clause it covers
 * most of.
 */
export function matchCandidates(
	statements: readonly Dated[],
	candidates: readonly Dated[]
): Array<{ statement: number; candidate: number }> {
	const pairs: Array<{ statement: number; candidate: number; shared: number; same: boolean }> = [];
	statements.forEach((statement, statementIndex) => {
		candidates.forEach((candidate, candidateIndex) => {
			const shared = overlap(statement, candidate);
			const same =
				statement.date !== undefined &&
				candidate.date !== undefined &&
				sameDate(statement.date, candidate.date);
			if (shared > 0) {
				pairs.push({ statement: statementIndex, candidate: candidateIndex, shared, same });
			}
		});
	});
	// Ties go to the earlier statement and candidate, so the result does not depend on sort order.
	pairs.sort(
		(a, b) =>
			Number(b.same) - Number(a.same) ||
			b.shared - a.shared ||
			a.statement - b.statement ||
			a.candidate - b.candidate
	);
	const takenStatements = new Set<number>();
	const takenCandidates = new Set<number>();
	const matches: Array<{ statement: number; candidate: number }> = [];
	for (const { statement, candidate } of pairs) {
		if (takenStatements.has(statement) || takenCandidates.has(candidate)) continue;
		takenStatements.add(statement);
		takenCandidates.add(candidate);
		matches.push({ statement, candidate });
	}
	return matches.sort((a, b) => a.statement - b.statement);
}

/** Candidates whose quote is not exactly the paragraph's text between their offsets. */
export function notVerbatim(paragraphs: readonly string[], candidates: readonly ScoredCandidate[]) {
	return candidates.flatMap((candidate, index) => {
		const paragraph = paragraphs[candidate.paragraph - 1];
		const verbatim =
			paragraph !== undefined &&
			paragraph.slice(candidate.start, candidate.end) === candidate.quote;
		return verbatim ? [] : [index];
	});
}

export function scoreFixture(
	paragraphs: readonly string[],
	statements: readonly MarkedStatement[],
	candidates: readonly ScoredCandidate[]
): FixtureScore {
	const matches = matchCandidates(statements, candidates).map(({ statement, candidate }) => ({
		statement,
		candidate,
		sameDate: sameDate(statements[statement]!.date, candidates[candidate]!.date)
	}));
	const matchedStatements = new Set(matches.map((match) => match.statement));
	const matchedCandidates = new Set(matches.map((match) => match.candidate));
	const violations = notVerbatim(paragraphs, candidates);
	return {
		statements: statements.length,
		candidates: candidates.length,
		matched: matches.length,
		exactDates: matches.filter((match) => match.sameDate).length,
		quoteViolations: violations.length,
		matches,
		missed: statements.flatMap((_, index) => (matchedStatements.has(index) ? [] : [index])),
		extra: candidates.flatMap((_, index) => (matchedCandidates.has(index) ? [] : [index])),
		notVerbatim: violations
	};
}

export function addCounts(scores: readonly Counts[]): Counts {
	const total: Counts = {
		statements: 0,
		candidates: 0,
		matched: 0,
		exactDates: 0,
		quoteViolations: 0
	};
	for (const score of scores) {
		for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += score[key];
	}
	return total;
}

/** Rates over summed counts; null where there is nothing to divide by. */
export function rates(counts: Counts): Rates {
	const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
	return {
		recall: share(counts.matched, counts.statements),
		precision: share(counts.matched, counts.candidates),
		exactDate: share(counts.exactDates, counts.matched)
	};
}

/** An editor's event as the article check needs it: its date and where its quotes stand. */
export interface EditorEvent {
	id: string;
	date: unknown;
	quotes: Span[];
}

/** Events with a candidate of the same date whose quote overlaps one of the event's quotes. */
export function eventsFound(
	events: readonly EditorEvent[],
	candidates: ReadonlyArray<Span & { date: unknown }>
): { found: string[]; missed: string[] } {
	const found: string[] = [];
	const missed: string[] = [];
	for (const event of events) {
		const hit = candidates.some(
			(candidate) =>
				sameDate(candidate.date, event.date) &&
				event.quotes.some((quote) => overlap(quote, candidate) > 0)
		);
		(hit ? found : missed).push(event.id);
	}
	return { found, missed };
}
