import { describe, expect, it } from 'vitest';
import {
	addCounts,
	eventsFound,
	locateQuote,
	matchCandidates,
	overlap,
	rates,
	scoreFixture,
	type ScoredCandidate
} from './score.ts';

const paragraph = 'In 1990 the plant closed. It reopened in 2000, and 2000 was a good year.';

function candidate(fields: Partial<ScoredCandidate> & { start: number; end: number }) {
	const paragraphNumber = fields.paragraph ?? 1;
	return {
		paragraph: paragraphNumber,
		date: '1990',
		quote: paragraphNumber === 1 ? paragraph.slice(fields.start, fields.end) : '',
		...fields
	};
}

describe('locateQuote', () => {
	it('finds a quote that occurs once', () => {
		expect(locateQuote(paragraph, 'the plant closed')).toEqual({ start: 8, end: 24 });
	});

	it('reports a quote that is not verbatim', () => {
		expect(locateQuote(paragraph, 'the plant shut')).toHaveProperty('error');
	});

	it('asks for a start when the quote occurs twice, and checks the start it is given', () => {
		expect(locateQuote(paragraph, '2000')).toHaveProperty('error');
		expect(locateQuote(paragraph, '2000', 51)).toEqual({ start: 51, end: 55 });
		expect(locateQuote(paragraph, '2000', 50)).toHaveProperty('error');
	});
});

describe('overlap', () => {
	it('counts shared characters of half-open spans in the same paragraph only', () => {
		expect(overlap({ paragraph: 1, start: 0, end: 10 }, { paragraph: 1, start: 5, end: 20 })).toBe(
			5
		);
		expect(overlap({ paragraph: 1, start: 0, end: 10 }, { paragraph: 1, start: 10, end: 20 })).toBe(
			0
		);
		expect(overlap({ paragraph: 1, start: 0, end: 10 }, { paragraph: 2, start: 0, end: 10 })).toBe(
			0
		);
	});
});

describe('matchCandidates', () => {
	it('gives a sentence-long candidate to the clause it covers most, leaving the other clause free', () => {
		const statements = [
			{ paragraph: 1, start: 0, end: 10 },
			{ paragraph: 1, start: 12, end: 40 }
		];
		const candidates = [
			{ paragraph: 1, start: 0, end: 40 },
			{ paragraph: 1, start: 0, end: 8 }
		];
		expect(matchCandidates(statements, candidates)).toEqual([
			{ statement: 0, candidate: 1 },
			{ statement: 1, candidate: 0 }
		]);
	});

	it('matches a statement once, however many candidates overlap it', () => {
		const statements = [{ paragraph: 1, start: 0, end: 20 }];
		const candidates = [
			{ paragraph: 1, start: 0, end: 5 },
			{ paragraph: 1, start: 0, end: 15 }
		];
		expect(matchCandidates(statements, candidates)).toEqual([{ statement: 0, candidate: 1 }]);
	});

	it('gives two candidates that quote one sentence to the clauses whose dates they found', () => {
		const statements = [
			{ paragraph: 1, start: 0, end: 30, date: '1956' },
			{ paragraph: 1, start: 35, end: 60, date: '1963' }
		];
		const candidates = [
			{ paragraph: 1, start: 0, end: 60, date: '1963' },
			{ paragraph: 1, start: 0, end: 60, date: '1956' }
		];
		expect(matchCandidates(statements, candidates)).toEqual([
			{ statement: 0, candidate: 1 },
			{ statement: 1, candidate: 0 }
		]);
	});
});

describe('scoreFixture', () => {
	it('counts matches, exact dates, misses, extras and quotes that are not verbatim', () => {
		const statements = [
			{ paragraph: 1, start: 0, end: 25, date: '1990' },
			{ paragraph: 1, start: 26, end: 46, date: '2000' },
			{ paragraph: 2, start: 0, end: 10, date: 'spring 2011' }
		];
		const candidates = [
			candidate({ start: 0, end: 25, date: '1990' }),
			candidate({ start: 26, end: 46, date: '2000-01' }),
			candidate({ start: 51, end: 72, date: '2000' }),
			{ paragraph: 1, start: 0, end: 7, date: '1990', quote: 'In 1991' }
		];
		const score = scoreFixture([paragraph, 'Second.'], statements, candidates);
		expect(score).toMatchObject({
			statements: 3,
			candidates: 4,
			matched: 2,
			exactDates: 1,
			quoteViolations: 1,
			missed: [2],
			extra: [2, 3],
			notVerbatim: [3]
		});
		expect(rates(score)).toEqual({ recall: 2 / 3, precision: 2 / 4, exactDate: 1 / 2 });
	});

	it('compares dates by what they mean, not by how they are spelt', () => {
		const statements = [
			{ paragraph: 1, start: 0, end: 7, date: 'autumn 2011' },
			{ paragraph: 1, start: 8, end: 24, date: { start: '2011-12-16', end: '2011-12-17' } },
			{ paragraph: 1, start: 26, end: 46, date: '2011' }
		];
		const candidates = [
			candidate({ start: 0, end: 7, date: 'Fall 2011' }),
			candidate({ start: 8, end: 24, date: { start: '2011-12-16', end: '2011-12-17' } }),
			candidate({ start: 26, end: 46, date: { start: '2011', end: '2011' } })
		];
		const score = scoreFixture([paragraph], statements, candidates);
		expect(score.matches.map((match) => match.sameDate)).toEqual([true, true, false]);
	});

	it('counts a candidate outside the text as not verbatim', () => {
		const score = scoreFixture([paragraph], [], [candidate({ paragraph: 3, start: 0, end: 4 })]);
		expect(score.quoteViolations).toBe(1);
	});
});

describe('rates and addCounts', () => {
	it('has no rate where there is nothing to divide by', () => {
		const none = { statements: 0, candidates: 0, matched: 0, exactDates: 0, quoteViolations: 0 };
		expect(rates(none)).toEqual({ recall: null, precision: null, exactDate: null });
	});

	it('sums counts, so overall rates weigh each statement alike', () => {
		const one = { statements: 1, candidates: 2, matched: 1, exactDates: 1, quoteViolations: 0 };
		const other = { statements: 3, candidates: 1, matched: 0, exactDates: 0, quoteViolations: 1 };
		expect(addCounts([one, other])).toEqual({
			statements: 4,
			candidates: 3,
			matched: 1,
			exactDates: 1,
			quoteViolations: 1
		});
	});
});

describe('eventsFound', () => {
	it('finds an event by a candidate of the same date over one of its quotes', () => {
		const events = [
			{ id: 'closure', date: '1990', quotes: [{ paragraph: 1, start: 0, end: 25 }] },
			{ id: 'reopening', date: '2000', quotes: [{ paragraph: 1, start: 26, end: 46 }] },
			{ id: 'elsewhere', date: '1990', quotes: [{ paragraph: 2, start: 0, end: 7 }] }
		];
		const candidates = [
			candidate({ start: 3, end: 7, date: '1990' }),
			candidate({ start: 26, end: 46, date: '2001' })
		];
		expect(eventsFound(events, candidates)).toEqual({
			found: ['closure'],
			missed: ['reopening', 'elsewhere']
		});
	});
});
