import { error } from '@sveltejs/kit';
import { events, findEvent } from '$lib/server/content.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => events.map(({ id }) => ({ id }));

export function load({ params }) {
	const event = findEvent(params.id);
	if (!event) error(404, `There is no event "${params.id}".`);
	const relatedTitles = Object.fromEntries(
		event.related.map((id) => [id, findEvent(id)?.title ?? id])
	);
	return { event, relatedTitles };
}
