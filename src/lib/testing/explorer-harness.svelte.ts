import { buildCollection } from '$lib/collection/collection.ts';
import { readContentDir } from '$lib/content/read-content-dir.ts';
import { Explorer, type ExplorerLesson, type HistoryMode } from '$lib/explorer/explorer.svelte.ts';
import { searchText } from '$lib/model/filter.ts';
import type { Lesson, TimelineEvent } from '$lib/model/types.ts';

/** For the Explorer specs: the real collection, a harness wired as the page wires it, and
 * themes, lessons and words picked from the content so that each filter changes something. */
// The real records, so that these tests also say what the site shows.
export const collection = buildCollection(readContentDir('events'));
export const allEvents = collection.events;
export const themeIds = collection.themes.map((theme) => theme.id);
const BASE = 'https://example.test/';

export interface Write {
	search: string;
	mode: HistoryMode;
}

interface HarnessOptions {
	/** The query string the page starts at; null is the prerendered page, before hydration. */
	search?: string | null;
	events?: TimelineEvent[];
	lessons?: Lesson[];
	/** A lesson shown whatever the address says, as a built lesson's embed gives it. */
	lesson?: ExplorerLesson;
}

/** An explorer wired as the page wires it: its URL is state, and navigating rewrites it. */
export function harness({
	search = '',
	events = allEvents,
	lessons = collection.lessons,
	lesson
}: HarnessOptions) {
	// Each write replaces the URL, as the page's Address does; none is changed in place.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	let url = $state.raw<URL | null>(search === null ? null : new URL(search, BASE));
	let currentEvents = $state.raw(events);
	const writes: Write[] = [];
	const explorer = new Explorer({
		events: () => currentEvents,
		themeIds,
		lessons,
		lesson,
		url: () => url,
		navigate: (search, mode) => {
			writes.push({ search, mode });
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			url = new URL(search, url ?? BASE);
		}
	});
	return {
		explorer,
		writes,
		setEvents(next: TimelineEvent[]) {
			currentEvents = next;
		}
	};
}

export const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);
export const withTheme = (theme: string) =>
	allEvents.filter((event) => event.themes.includes(theme));
export const matchingWord = (word: string) =>
	allEvents.filter((event) => searchText(event).includes(word.toLowerCase()));

/** A lesson whose order is not the date order, so that following it is visible. */
export const reordered = collection.lessons.find((candidate) => {
	const inDateOrder = ids(allEvents).filter((id) => candidate.events.includes(id));
	return inDateOrder.join() !== candidate.events.join();
});

/** A theme that some but not all events carry, so that filtering by it changes what is shown. */
export const someTheme = themeIds.find((id) => {
	const count = withTheme(id).length;
	return count > 0 && count < allEvents.length;
})!;
export const otherTheme = themeIds.find(
	(id) => id !== someTheme && withTheme(id).some((event) => !event.themes.includes(someTheme))
)!;
/** An event that `someTheme` hides. */
export const hiddenBySomeTheme = allEvents.find((event) => !event.themes.includes(someTheme))!;
