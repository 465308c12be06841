import { events, sources } from '$lib/server/content.ts';
import { csvResponse } from '$lib/exports/csv-writer.ts';
import { eventsToCsv } from '$lib/exports/csv.ts';

export const prerender = true;

/** One row per event, for spreadsheets. */
export function GET() {
	return csvResponse(eventsToCsv(events, sources));
}
