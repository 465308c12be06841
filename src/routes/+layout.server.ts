import { sources, themes } from '$lib/events/content.server';
import { sourceMeta } from '$lib/events/public';

export function load() {
	return { themes, sources: sources.map(sourceMeta) };
}
