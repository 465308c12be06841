import { subDays } from 'date-fns';
import Papa from 'papaparse';
import type { TimelineEvent } from '$lib/model/types.ts';
import { formatIsoDay } from '$lib/model/days.ts';
import { eventExtent, eventPrecision, formatEventDate } from '$lib/model/precision.ts';

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
	'related'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Joins list cells; the quotes, which hold semicolons of their own, go one to a line. */
const LIST_SEPARATOR = '; ';
const QUOTE_SEPARATOR = '\n';

/** One event as spreadsheet cells; `start` and `end` are the first and last day it may cover. */
export function csvRow(event: TimelineEvent): Record<CsvColumn, string> {
	const extent = eventExtent(event.date);
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
		related: event.related.join(LIST_SEPARATOR)
	};
}

/**
 * The events as CSV (RFC 4180, CRLF line ends) with a header row. It starts with a byte-order
 * mark so that Excel reads it as UTF-8, and cells that a spreadsheet would run as a formula
 * are escaped with a leading apostrophe.
 */
export function eventsToCsv(events: readonly TimelineEvent[]): string {
	const data = events.map((event) => {
		const row = csvRow(event);
		return CSV_COLUMNS.map((column) => row[column]);
	});
	const csv = Papa.unparse(
		{ fields: [...CSV_COLUMNS], data },
		{ newline: '\r\n', escapeFormulae: true }
	);
	return `\uFEFF${csv}\r\n`;
}
