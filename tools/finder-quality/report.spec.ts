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
	result('fresh', 'held-out', 4, 1),
	result('article', 'source', 2, 2)
];
const report = markdownReport({ fixtures, overall: overall(fixtures) }, true);
const lines = report.split('\n');

describe('markdownReport', () => {
	it('gives the held-out passages a table and a total of their own', () => {
		const heading = '## Held-out passages (written after the finder was tuned; not tuned against)';
		const tables = lines.filter((line) => line.startsWith('## ') && line !== '## Details');
		expect(tables).toEqual(['## Passages written for the finder', heading, '## Source articles']);
		const start = lines.indexOf(heading);
		expect(lines.slice(start, start + 6)).toEqual([
			heading,
			'',
			expect.stringMatching(/^\| Fixture /),
			expect.stringMatching(/^\| --- /),
			'| fresh | 4 | 1 | 1 | 25% | 100% | 100% | 0 |',
			'| **All held-out passages** | 4 | 1 | 1 | 25% | 100% | 100% | 0 |'
		]);
	});

	it('keeps the held-out passages out of the row for all passages', () => {
		expect(lines).toContain('| **All passages** | 4 | 4 | 4 | 100% | 100% | 100% | 0 |');
	});

	it('groups the details as the tables are grouped', () => {
		const details = lines.slice(lines.indexOf('## Details'));
		expect(details.filter((line) => line.startsWith('###'))).toEqual([
			'### Passages written for the finder',
			'#### tuned',
			'### Held-out passages (written after the finder was tuned; not tuned against)',
			'#### fresh',
			'### Source articles',
			'#### article'
		]);
	});

	it('leaves out an empty held-out group, but always shows the passages', () => {
		const empty = markdownReport({ fixtures: [], overall: overall([]) }, false);
		expect(empty).toContain('## Passages written for the finder');
		expect(empty).not.toContain('Held-out');
	});
});
