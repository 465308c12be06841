import { LazyComponent } from '$lib/ui/lazy-component.svelte.ts';

/**
 * No first paint shows details (the address is read once the page runs), so the panel, its
 * charts and tables load apart from the page, for the story's entries and the panel alike.
 */
export const lazyDetailsPanel = new LazyComponent(() => import('$lib/details/DetailsPanel.svelte'));
