import { events } from '$lib/server/content';
import { eventsToCsv } from '$lib/exports/csv';

export const prerender = true;

/** One row per event, for spreadsheets. */
export function GET() {
	return new Response(eventsToCsv(events), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
