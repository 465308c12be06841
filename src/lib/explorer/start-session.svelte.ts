import { resolve } from '$app/paths';
import { getCollection } from '$lib/site/collection-context.ts';
import type { TimelineEvent } from '$lib/model/types.ts';
import { onMount } from 'svelte';
import { Address } from './address.svelte.ts';
import type { ExplorerLesson } from './explorer.svelte.ts';
import { ExplorerSession } from './session.svelte.ts';
import { setShownEvents } from './shown-context.ts';

interface StartOptions {
	/** Every event in date order, or the first of them when `total` is larger. */
	events: TimelineEvent[];
	/** How many events there are; the rest are fetched from /events.json. */
	total?: number;
	/** Lesson presets that `?lesson=` may name. */
	lessons: ExplorerLesson[];
	/** A lesson built in the browser, shown whatever the address says. */
	lesson?: ExplorerLesson;
	/** Writes keep the address's #fragment, which holds the built lesson. Default false. */
	keepFragment?: boolean;
	/** An embed: every write replaces, adding nothing to the host page's history. Default false. */
	framed?: boolean;
}

/**
 * The session of the page or embed that calls this while it initialises: over the page's
 * address and the collection's themes and sources, started once mounted, and set as the
 * context the timeline and the story read.
 */
export function startExplorerSession(options: StartOptions): ExplorerSession {
	const collection = getCollection();
	// The address calls back only once mounted, after the session below exists.
	const address = new Address(() => session.arrived(), options.keepFragment, options.framed);
	const session = new ExplorerSession({
		events: options.events,
		total: options.total,
		themes: collection.themes,
		lessons: options.lessons,
		lesson: options.lesson,
		address,
		source: (id) => collection.source(id)
	});
	onMount(() => session.start(resolve('/events.json')));
	setShownEvents(session);
	return session;
}
