import { extent, settings, sources, themes } from '$lib/server/content.ts';
import { sourceMeta } from '$lib/model/types.ts';

export function load() {
	return { settings, themes, sources: sources.map(sourceMeta), extent };
}
