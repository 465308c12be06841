import { events, sources } from '$lib/server/content.ts';
import { csvResponse } from '$lib/exports/csv-writer.ts';
import { claimsToCsv } from '$lib/exports/figures-claims-csv.ts';

export const prerender = true;

/** One row per attributed value of a disputed fact, each with its quote and who gave it. */
export function GET() {
	return csvResponse(claimsToCsv(events, sources));
}
