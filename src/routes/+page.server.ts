import { events } from '$lib/events/content.server';

export function load() {
	return { events };
}
