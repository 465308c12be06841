import { events, sources } from '$lib/server/content';
import { csvResponse } from '$lib/exports/csv-writer';
import { claimsToCsv } from '$lib/exports/figures-claims-csv';

export const prerender = true;

/** One row per attributed value of a disputed fact, each with its quote and who gave it. */
export function GET() {
	return csvResponse(claimsToCsv(events, sources));
}
