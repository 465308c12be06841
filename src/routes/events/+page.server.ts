import { events } from '$lib/server/content.ts';

/** Every event as a title and a date: the way through a large collection without JavaScript. */
export function load() {
	return {
		events: events.map(({ id, title, date, approximate, status }) => ({
			id,
			title,
			date,
			approximate,
			status
		}))
	};
}
