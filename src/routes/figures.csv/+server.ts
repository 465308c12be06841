import { events, sources } from '$lib/server/content';
import { csvResponse } from '$lib/exports/csv-writer';
import { figuresToCsv } from '$lib/exports/figures-claims-csv';

export const prerender = true;

/** One row per figure, each with its verbatim quote and source, joined to /events.csv by id. */
export function GET() {
	return csvResponse(figuresToCsv(events, sources));
}
