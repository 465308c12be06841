import { createContext } from 'svelte';
import type { TimelineEvent } from '$lib/model/types.ts';
import type { ExplorerState } from '$lib/model/url-state.ts';
import type { ReaderWalk, SelectionSource } from '$lib/narrative/reader-walk.svelte.ts';
import type { EventLoader } from './event-loader.svelte.ts';
import type { ExplorerLesson } from './explorer.svelte.ts';

/**
 * What the explorer's two views of the events, the timeline and the story, both read: the
 * events shown and how a reader moves through them. The page and the embed set it from their
 * session, so neither view is handed the session itself.
 */
export interface ShownEvents {
	/** The events shown, in the order they are read. */
	readonly visible: TimelineEvent[];
	/** The view the address holds: search, lanes, the selected event. */
	readonly view: ExplorerState;
	/** The events as they arrive. */
	readonly loader: EventLoader;
	/** Selecting, stepping and what is being read. */
	readonly walk: ReaderWalk;
	/** False until the page has hydrated and the address is read. */
	readonly hydrated: boolean;
	/** The lesson shown, whose prompts go with its steps; null for none. */
	readonly lesson: ExplorerLesson | null;
	/** What to say when no event matches. */
	readonly emptyMessage: string;
	select(id: string | null, source?: SelectionSource): void;
	clearFilters(): void;
}

export const [getShownEvents, setShownEvents] = createContext<ShownEvents>();
