import { attribution } from '$lib/model/citation.ts';
import { formatEventDate } from '$lib/model/precision.ts';
import type { ResolvedQuote, SourceMeta, TimelineEvent } from '$lib/model/types.ts';
import { writeCsv, type CsvCell } from './csv-writer.ts';

/** The columns every row starts with, joining it to its event in events.csv by `event_id`. */
const EVENT_COLUMNS = ['event_id', 'event_title', 'event_date'] as const;
/** The columns every row ends with: the verbatim quote that states the number, and its source. */
const QUOTE_COLUMNS = ['quote', 'source', 'paragraph', 'citation', 'source_url'] as const;

export const FIGURE_COLUMNS = [
	...EVENT_COLUMNS,
	'label',
	'value',
	'unit',
	'lower_bound',
	'period',
	...QUOTE_COLUMNS
] as const;

export const CLAIM_COLUMNS = [
	...EVENT_COLUMNS,
	'subject',
	'value',
	'by',
	'min',
	'max',
	'reading',
	...QUOTE_COLUMNS
] as const;

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

type Sources = ReadonlyMap<string, SourceMeta>;

function eventCells(event: TimelineEvent) {
	return { event_id: event.id, event_title: event.title, event_date: formatEventDate(event.date) };
}

/** Who said it: the source's id, the paragraph, and "Author, “Title”, Publisher, date, paragraph n". */
function quoteCells(quote: ResolvedQuote, sources: Sources) {
	const source = sources.get(quote.source);
	return {
		quote: quote.text,
		source: quote.source,
		paragraph: quote.paragraph,
		citation: source ? attribution(source, quote.paragraph) : null,
		source_url: source?.url ?? null
	};
}

/** One row per figure of each event, in the events' order. */
export function figureRows(
	events: readonly TimelineEvent[],
	sources: Sources
): Array<Record<FigureColumn, CsvCell>> {
	return events.flatMap((event) =>
		event.figures.map((figure) => ({
			...eventCells(event),
			label: figure.label,
			value: figure.value,
			unit: figure.unit,
			lower_bound: String(figure.lowerBound),
			period: figure.period ? formatEventDate(figure.period) : null,
			...quoteCells(figure.quote, sources)
		}))
	);
}

/** One row per value of each claim: "17" by the official figure, "dozens" by rights groups. */
export function claimRows(
	events: readonly TimelineEvent[],
	sources: Sources
): Array<Record<ClaimColumn, CsvCell>> {
	return events.flatMap((event) =>
		event.claims.flatMap((claim) =>
			claim.values.map((value) => ({
				...eventCells(event),
				subject: claim.subject,
				value: value.value,
				by: value.by,
				min: value.min ?? null,
				max: value.max ?? null,
				reading: value.reading ?? null,
				...quoteCells(value.quote, sources)
			}))
		)
	);
}

const lookup = (sources: readonly SourceMeta[]): Sources =>
	new Map(sources.map((source) => [source.id, source]));

/** figures.csv: every figure the events state, each with its quote, joined by `event_id`. */
export function figuresToCsv(
	events: readonly TimelineEvent[],
	sources: readonly SourceMeta[]
): string {
	return writeCsv(FIGURE_COLUMNS, figureRows(events, lookup(sources)));
}

/** claims.csv: every attributed value of every disputed fact, each with its quote. */
export function claimsToCsv(
	events: readonly TimelineEvent[],
	sources: readonly SourceMeta[]
): string {
	return writeCsv(CLAIM_COLUMNS, claimRows(events, lookup(sources)));
}
