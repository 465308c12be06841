import type { TimelineEvent } from '$lib/model/types.ts';
import type { TimelinePreview } from '$lib/timeline/preview.ts';
import type { ExplorerLesson } from './explorer.svelte.ts';

/**
 * What the page and the embed shells are given by their routes: the same for both. The
 * collection's name and themes come from the page's collection context.
 */
export interface ExplorerShellProps {
	/** Every event in date order, or the first of them when `total` is larger. */
	events: TimelineEvent[];
	/** How many events there are; the rest are fetched from /events.json. Default: all given. */
	total?: number;
	/** With only the first events given: the timeline's picture of them all. Default null. */
	timelinePicture?: TimelinePreview | null;
	/** Lesson presets that `?lesson=` may name. Default none. */
	lessons?: ExplorerLesson[];
	/**
	 * A collection the page holds, made in the browser and named by the address's #fragment:
	 * the explorer's writes keep the fragment, and Share or embed, whose addresses name the
	 * site's own collection, is left out. Default false.
	 */
	held?: boolean;
}
