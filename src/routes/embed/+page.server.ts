import { explorerPageData } from '$lib/events/content.server';

export function load() {
	return explorerPageData();
}
