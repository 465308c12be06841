import { explorerPageData } from '$lib/server/content.ts';

export function load() {
	return explorerPageData();
}
