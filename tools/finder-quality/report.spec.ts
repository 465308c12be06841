import { describe, expect, it } from 'vitest';
import type { FixtureKind } from './fixtures.ts';
import { markdownReport } from './report.ts';
import { overall, type FixtureResult } from './results.ts';

function result(name: string, kind: FixtureKind, statements: number, matched: number) {
	const fixture: FixtureResult = {
		name,
		kind,
		statements,
		candidates: matched,
		matched,
		exactDates: matched,
		quoteViolations: 0,
		recall: matched / statements,
		precision: 1,
		exactDate: 1,
		missed: [],
		extra: [],
		notVerbatim: [],
		wrongDates: []
	};
	return fixture;
}

const fixtures = [
	result('tuned', 'passage', 4, 4),
	result('later', 'written-later', 2, 1),
	result('fresh', 'held-out', 4, 1),
	result('article', 'source', 2, 2)
];
const laterTitle = 'Passages written after the first tuning (since tuned against)';
const heldOutTitle = 'Held-out passages (nobody tuned against them)';
const report = markdownReport({ fixtures, overall: overall(fixtures) }, true);
const lines = report.split('\n');

/** The heading of a table and the lines of the table under it. */
function tableUnder(heading: string): string[] {
	const start = lines.indexOf(heading);
	const end = lines.indexOf('', start + 2);
	return lines.slice(start, end === -1 ? undefined : end);
}

describe('markdownReport', () => {
	it('gives each group a table of its own, the later passages before the held-out ones', () => {
		const tables = lines.filter((line) => line.startsWith('## ') && line !== '## Details');
		expect(tables).toEqual([
			'## Passages written for the finder',
			`## ${laterTitle}`,
			`## ${heldOutTitle}`,
			'## Source articles'
		]);
	});

	it('gives the held-out passages, second set, their own rows and total', () => {
		expect(tableUnder(`## ${heldOutTitle}`)).toEqual([
			`## ${heldOutTitle}`,
			'',
			expect.stringMatching(/^\| Fixture /),
			expect.stringMatching(/^\| --- /),
			'| fresh | 4 | 1 | 1 | 25% | 100% | 100% | 0 |',
			'| **All held-out passages** | 4 | 1 | 1 | 25% | 100% | 100% | 0 |'
		]);
	});

	it('gives the passages written after the first tuning their own rows and total', () => {
		expect(tableUnder(`## ${laterTitle}`)).toEqual([
			`## ${laterTitle}`,
			'',
			expect.stringMatching(/^\| Fixture /),
			expect.stringMatching(/^\| --- /),
			'| later | 2 | 1 | 1 | 50% | 100% | 100% | 0 |',
			'| **All passages written after the first tuning** | 2 | 1 | 1 | 50% | 100% | 100% | 0 |'
		]);
	});

	it('keeps the later and held-out passages out of the row for all passages', () => {
		expect(lines).toContain('| **All passages** | 4 | 4 | 4 | 100% | 100% | 100% | 0 |');
	});

	it('groups the details as the tables are grouped', () => {
		const details = lines.slice(lines.indexOf('## Details'));
		expect(details.filter((line) => line.startsWith('###'))).toEqual([
			'### Passages written for the finder',
			'#### tuned',
			`### ${laterTitle}`,
			'#### later',
			`### ${heldOutTitle}`,
			'#### fresh',
			'### Source articles',
			'#### article'
		]);
	});

	it('leaves out an empty group of later or held-out passages, but always shows the passages', () => {
		const empty = markdownReport({ fixtures: [], overall: overall([]) }, false);
		expect(empty).toContain('## Passages written for the finder');
		expect(empty).not.toContain('Held-out');
		expect(empty).not.toContain('after the first tuning');
		const onlyHeldOut = [result('fresh', 'held-out', 4, 1)];
		const report = markdownReport({ fixtures: onlyHeldOut, overall: overall(onlyHeldOut) }, false);
		expect(report).toContain(`## ${heldOutTitle}`);
		expect(report).not.toContain(laterTitle);
	});
});

describe('overall', () => {
	it('keeps one total for each group', () => {
		const totals = overall(fixtures);
		expect(
			Object.fromEntries(Object.entries(totals).map(([kind, total]) => [kind, total.statements]))
		).toEqual({ passage: 4, 'written-later': 2, 'held-out': 4, source: 2 });
	});
});
