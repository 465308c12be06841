import { error } from '@sveltejs/kit';
import { findEvent, findLesson, lessons } from '$lib/server/content.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => lessons.map(({ id }) => ({ id }));

export function load({ params }) {
	const lesson = findLesson(params.id);
	if (!lesson) error(404, `There is no lesson "${params.id}".`);
	// The build has checked that every event of a lesson exists.
	const events = lesson.events.flatMap((id) => findEvent(id) ?? []);
	return { lesson, events };
}
