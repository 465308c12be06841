import { events } from '$lib/server/content';
import { csvResponse } from '$lib/exports/csv-writer';
import { eventsToCsv } from '$lib/exports/csv';

export const prerender = true;

/** One row per event, for spreadsheets. */
export function GET() {
	return csvResponse(eventsToCsv(events));
}
