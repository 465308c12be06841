import { events, explorerLessons } from '$lib/events/content.server';

export function load() {
	return { events, lessons: explorerLessons() };
}
