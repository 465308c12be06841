import { events, sources } from '$lib/server/content.ts';
import { csvResponse } from '$lib/exports/csv-writer.ts';
import { figuresToCsv } from '$lib/exports/figures-claims-csv.ts';

export const prerender = true;

/** One row per figure, each with its verbatim quote and source, joined to /events.csv by id. */
export function GET() {
	return csvResponse(figuresToCsv(events, sources));
}
