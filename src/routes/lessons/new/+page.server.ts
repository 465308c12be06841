import { lessons } from '$lib/server/content';

export function load() {
	return { lessons };
}
