import { events } from '$lib/events/content.server';
import { eventsToCsv } from '$lib/events/export-csv';

export const prerender = true;

/** One row per event, for spreadsheets. */
export function GET() {
	return new Response(eventsToCsv(events), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
