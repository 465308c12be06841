import { subDays } from 'date-fns';
import type { SourceMeta, TimelineEvent } from '$lib/model/types.ts';
import { formatIsoDay } from '$lib/model/days.ts';
import { eventExtent, eventPrecision, formatEventDate } from '$lib/model/precision.ts';
import { citedSourceIds } from '$lib/model/cited-sources.ts';
import { writeCsv } from './csv-writer.ts';

export const CSV_COLUMNS = [
	'id',
	'title',
	'date',
	'date_precision',
	'start',
	'end',
	'approximate',
	'status',
	'themes',
	'actors',
	'places',
	'description',
	'quotes',
	'paragraphs',
	'sources',
	'source_urls',
	'related',
	'quoted'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Joins list cells; the quotes, which hold semicolons of their own, go one to a line. */
const LIST_SEPARATOR = '; ';
const QUOTE_SEPARATOR = '\n';

/**
 * One event as spreadsheet cells; `start` and `end` are the first and last day it may cover,
 * `sources` the sources its quotes come from and `source_urls` where each is published.
 */
export function csvRow(
	event: TimelineEvent,
	sources: readonly SourceMeta[] = []
): Record<CsvColumn, string> {
	const extent = eventExtent(event.date);
	const quoted = citedSourceIds([event]);
	const urls = quoted.map((id) => sources.find((source) => source.id === id)?.url);
	return {
		id: event.id,
		title: event.title,
		date: formatEventDate(event.date),
		date_precision: eventPrecision(event.date),
		start: formatIsoDay(extent.start),
		end: formatIsoDay(subDays(extent.end, 1)),
		approximate: String(event.approximate),
		status: event.status,
		themes: event.themes.join(LIST_SEPARATOR),
		actors: event.actors.join(LIST_SEPARATOR),
		places: event.places.join(LIST_SEPARATOR),
		description: event.description,
		quotes: event.quotes.map((quote) => quote.text).join(QUOTE_SEPARATOR),
		paragraphs: event.quotes.map((quote) => quote.paragraph).join(LIST_SEPARATOR),
		sources: quoted.join(LIST_SEPARATOR),
		// One to a source, in the same order: a source with no address leaves its place empty.
		source_urls: urls.some((url) => url) ? urls.map((url) => url ?? '').join(LIST_SEPARATOR) : '',
		related: event.related.join(LIST_SEPARATOR),
		// Said in a column of its own, so that no cell of quotes ever holds words not quoted.
		quoted: String(event.quotes.length > 0)
	};
}

/** The events as CSV, one row each, in the order given; see `writeCsv` for the format. */
export function eventsToCsv(
	events: readonly TimelineEvent[],
	sources: readonly SourceMeta[]
): string {
	return writeCsv(
		CSV_COLUMNS,
		events.map((event) => csvRow(event, sources))
	);
}
