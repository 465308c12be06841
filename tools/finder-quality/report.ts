import { showDate } from './dates.ts';
import type { FixtureKind } from './fixtures.ts';
import type { FixtureResult, QualityResults, Shown } from './results.ts';
import type { Counts, Rates } from './score.ts';

const HEADER = [
	'| Fixture | Statements | Candidates | Matched | Recall | Precision | Exact date | Not verbatim |',
	'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
];

function percent(rate: number | null): string {
	return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

function row(name: string, result: Counts & Rates): string {
	const cells = [
		name,
		result.statements,
		result.candidates,
		result.matched,
		percent(result.recall),
		percent(result.precision),
		percent(result.exactDate),
		result.quoteViolations
	];
	return `| ${cells.join(' | ')} |`;
}

function table(results: FixtureResult[], totalName: string, total: Counts & Rates): string[] {
	return [
		...HEADER,
		...results.map((result) =>
			row(result.error ? `${result.name} (finder threw)` : result.name, result)
		),
		row(`**${totalName}**`, total)
	];
}

// Quotes are cut short so that a long sentence does not bury the list.
function line({ paragraph, quote, date }: Shown): string {
	const short = quote.length > 90 ? `${quote.slice(0, 87)}…` : quote;
	return `- ¶${paragraph} ${showDate(date)}: “${short}”`;
}

function details(result: FixtureResult): string[] {
	const section = (title: string, items: string[]) =>
		items.length === 0 ? [] : ['', `${title}:`, ...items];
	const clean =
		!result.error &&
		[result.missed, result.extra, result.wrongDates, result.notVerbatim].every(
			(items) => items.length === 0
		);
	return [
		'',
		`#### ${result.name}`,
		...(clean ? ['', 'Every marked statement found with its date, nothing more.'] : []),
		...(result.error ? ['', `The finder threw: ${result.error}`] : []),
		...section('Marked but not found', result.missed.map(line)),
		...section('Proposed but not marked', result.extra.map(line)),
		...section(
			'Found with another date (marked → proposed)',
			result.wrongDates.map((item) => `${line(item)} → ${showDate(item.proposed)}`)
		),
		...section('Quote not the text at its offsets', result.notVerbatim.map(line))
	];
}

interface Group {
	kind: FixtureKind;
	title: string;
	totalName: string;
}

/**
 * The passages' table comes first and is always shown; the others only when they have texts.
 * Each folder of passages keeps its own total, so a tuned-against figure never passes for the
 * honest one.
 */
const GROUPS: Group[] = [
	{ kind: 'passage', title: 'Passages written for the finder', totalName: 'All passages' },
	{
		kind: 'written-later',
		title: 'Passages written after the first tuning (since tuned against)',
		totalName: 'All passages written after the first tuning'
	},
	{
		kind: 'held-out',
		title: 'Held-out passages (nobody tuned against them)',
		totalName: 'All held-out passages'
	},
	{ kind: 'source', title: 'Source articles', totalName: 'All articles' }
];

function articleEvents(sources: FixtureResult[]): string[] {
	return sources.flatMap(({ name, events }) => {
		if (!events) return [];
		const found = `${name}: article events found with the same date: ${events.found.length} of ${events.total}`;
		return [
			'',
			found,
			...(events.missed.length > 0 ? [`Missed: ${events.missed.join(', ')}`] : [])
		];
	});
}

export function markdownReport(results: QualityResults, withDetails: boolean): string {
	const groups = GROUPS.map((group) => ({
		...group,
		fixtures: results.fixtures.filter((result) => result.kind === group.kind)
	})).filter((group) => group.kind === 'passage' || group.fixtures.length > 0);
	const lines = ['# Finder quality'];
	for (const { kind, title, totalName, fixtures } of groups) {
		lines.push('', `## ${title}`, '', ...table(fixtures, totalName, results.overall[kind]));
		if (kind === 'source') lines.push(...articleEvents(fixtures));
	}
	if (withDetails) {
		lines.push('', '## Details');
		for (const { title, fixtures } of groups) {
			if (fixtures.length > 0) lines.push('', `### ${title}`, ...fixtures.flatMap(details));
		}
	} else lines.push('', 'Run with `--details` for what each fixture missed and added.');
	return lines.join('\n');
}
