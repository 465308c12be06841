import { json } from '@sveltejs/kit';
import { events, sources, themes } from '$lib/server/content.ts';
import { toEventsJson } from '$lib/exports/events-json.ts';
import { sourceMeta } from '$lib/model/types.ts';

export const prerender = true;

/** The whole collection for other tools: every record with paragraph numbers resolved. */
export function GET() {
	return json(toEventsJson({ events, themes, sources: sources.map(sourceMeta) }));
}
