/**
 * The finder's run over every fixture, as plain data: what the Markdown report and `--json`
 * both print.
 */
import type { Candidate, CandidateDate } from '../../src/lib/finder/candidate.ts';
import type { Fixture, FixtureKind } from './fixtures.ts';
import {
	addCounts,
	eventsFound,
	rates,
	scoreFixture,
	type Counts,
	type EditorEvent,
	type Rates
} from './score.ts';

/** A statement or candidate as a reader of the report wants to see it. */
export interface Shown {
	paragraph: number;
	quote: string;
	date: unknown;
}

export interface FixtureResult extends Counts, Rates {
	name: string;
	kind: FixtureKind;
	published?: string;
	/** The finder threw on this text: its message. The fixture then counts no candidates. */
	error?: string;
	missed: Shown[];
	extra: Shown[];
	notVerbatim: Shown[];
	wrongDates: Array<Shown & { proposed: CandidateDate }>;
	/** For a source of the collection: its events found with the same date, by id. */
	events?: { total: number; found: string[]; missed: string[] };
}

export interface QualityResults {
	fixtures: FixtureResult[];
	/** One total per kind, so that no group of passages blends into another. */
	overall: Record<FixtureKind, Counts & Rates>;
}

export type RunFinder = (fixture: Fixture) => Candidate[];

export function fixtureResult(
	fixture: Fixture,
	runFinder: RunFinder,
	sourceEvents?: EditorEvent[]
): FixtureResult {
	let candidates: Candidate[] = [];
	let error: string | undefined;
	try {
		candidates = runFinder(fixture);
	} catch (thrown) {
		error = thrown instanceof Error ? thrown.message : String(thrown);
	}
	const score = scoreFixture(fixture.paragraphs, fixture.statements, candidates);
	const marked = (index: number): Shown => {
		const { paragraph, quote, date } = fixture.annotation.statements[index]!;
		return { paragraph, quote, date };
	};
	const proposed = (index: number): Shown => {
		const { paragraph, quote, date } = candidates[index]!;
		return { paragraph, quote, date };
	};
	return {
		name: fixture.name,
		kind: fixture.kind,
		published: fixture.annotation.published,
		error,
		statements: score.statements,
		candidates: score.candidates,
		matched: score.matched,
		exactDates: score.exactDates,
		quoteViolations: score.quoteViolations,
		...rates(score),
		missed: score.missed.map(marked),
		extra: score.extra.map(proposed),
		notVerbatim: score.notVerbatim.map(proposed),
		wrongDates: score.matches
			.filter((match) => !match.sameDate)
			.map((match) => ({
				...marked(match.statement),
				proposed: candidates[match.candidate]!.date
			})),
		events: sourceEvents && {
			total: sourceEvents.length,
			...eventsFound(sourceEvents, candidates)
		}
	};
}

export function overall(results: readonly FixtureResult[]): QualityResults['overall'] {
	const of = (kind: FixtureKind) => {
		const counts = addCounts(results.filter((result) => result.kind === kind));
		return { ...counts, ...rates(counts) };
	};
	return {
		passage: of('passage'),
		'written-later': of('written-later'),
		'held-out': of('held-out'),
		source: of('source')
	};
}
