import { json } from '@sveltejs/kit';
import { events, settings, sources, themes } from '$lib/server/content.ts';
import { toTimelineJs } from '$lib/exports/timelinejs.ts';

export const prerender = true;

/** Every event as a TimelineJS 3 slide, to load into a TimelineJS timeline. */
export function GET() {
	return json(toTimelineJs({ events, sources, themes, settings }));
}
