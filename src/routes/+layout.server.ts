import { extent, settings, sources, themes } from '$lib/server/content';
import { sourceMeta } from '$lib/model/types';

export function load() {
	return { settings, themes, sources: sources.map(sourceMeta), extent };
}
