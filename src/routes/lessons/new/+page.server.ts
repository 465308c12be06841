import { lessons } from '$lib/server/content.ts';

export function load() {
	return { lessons };
}
