import { json } from '@sveltejs/kit';
import { events, sources, themes } from '$lib/server/content';
import { toEventsJson } from '$lib/exports/events-json';
import { sourceMeta } from '$lib/model/types';

export const prerender = true;

/** The whole collection for other tools: every record with paragraph numbers resolved. */
export function GET() {
	return json(toEventsJson({ events, themes, sources: sources.map(sourceMeta) }));
}
