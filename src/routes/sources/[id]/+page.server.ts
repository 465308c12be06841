import { error } from '@sveltejs/kit';
import { findSource, sources } from '$lib/server/content.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => sources.map(({ id }) => ({ id }));

export function load({ params }) {
	const source = findSource(params.id);
	if (!source) error(404, `There is no source "${params.id}".`);
	return { source };
}
