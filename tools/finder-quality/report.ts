import { showDate } from './dates.ts';
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
		`### ${result.name}`,
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

export function markdownReport(results: QualityResults, withDetails: boolean): string {
	const passages = results.fixtures.filter((result) => result.kind === 'passage');
	const sources = results.fixtures.filter((result) => result.kind === 'source');
	const lines = [
		'# Finder quality',
		'',
		'## Passages written for the finder',
		'',
		...table(passages, 'All passages', results.overall.passage)
	];
	if (sources.length > 0) {
		lines.push(
			'',
			'## Source articles',
			'',
			...table(sources, 'All articles', results.overall.source)
		);
		for (const { name, events } of sources) {
			if (!events) continue;
			lines.push(
				'',
				`${name}: article events found with the same date: ${events.found.length} of ${events.total}`
			);
			if (events.missed.length > 0) lines.push(`Missed: ${events.missed.join(', ')}`);
		}
	}
	if (withDetails) lines.push('', '## Details', ...results.fixtures.flatMap(details));
	else lines.push('', 'Run with `--details` for what each fixture missed and added.');
	return lines.join('\n');
}
