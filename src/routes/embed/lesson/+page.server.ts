import { explorerPageData } from '$lib/server/content';

export function load() {
	return explorerPageData();
}
