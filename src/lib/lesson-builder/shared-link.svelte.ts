import { resolve } from '$app/paths';
import type { TimelineEvent } from '$lib/model/types.ts';
import { onMount } from 'svelte';
import { resolveLesson } from './lesson-record.ts';
import { decodeLessonLink, type DecodedLink } from './lesson-link.ts';

/**
 * A lesson read from the page's #fragment, as a shared lesson's page and its embed read it:
 * decoded, then looked up among the build's events. Read again when the fragment changes
 * (`read`). Construct it while a component initialises.
 */
export class SharedLink {
	/** The fragment, without its #. */
	code = $state('');
	decoded = $state<DecodedLink | null>(null);
	events: TimelineEvent[] = $state.raw([]);
	loadFailed = $state(false);

	// Rebuilt whole when the events arrive; never changed in place.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #eventsById = $derived(new Map(this.events.map((event) => [event.id, event])));
	/** The lesson as a preset shows it, once the link is decoded and the events are in. */
	readonly resolved = $derived(
		this.decoded?.lesson && this.events.length > 0
			? resolveLesson(this.decoded.lesson, this.#eventsById)
			: null
	);
	/** Its title, or what to call it when it has none. */
	readonly title = $derived(this.resolved?.lesson.title || 'A shared lesson');
	/** The lesson's page, in full: the link to share. */
	readonly link = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		`${new URL(resolve('/lessons/shared/'), location.href).href}#${this.code}`
	);

	/**
	 * @param events every event of the collection: the collection context's, or the page's own
	 *   when it already holds them all.
	 */
	constructor(events: () => Promise<TimelineEvent[]>) {
		onMount(() => {
			this.read();
			events().then(
				(loaded) => (this.events = loaded),
				() => (this.loadFailed = true)
			);
		});
	}

	/**
	 * Reads the lesson from the address's fragment. Once a lesson is shown, a fragment that is no
	 * lesson link at all is a link within the page (the skip link's #main, a step's #event-…),
	 * and the lesson stays.
	 */
	read = async () => {
		const code = location.hash.replace(/^#/, '');
		const decoded = await decodeLessonLink(code);
		// A later fragment may have been read while this one inflated.
		if (location.hash.replace(/^#/, '') !== code) return;
		const inPage = decoded.error?.kind === 'not-a-link' || decoded.error?.kind === 'empty';
		if (inPage && this.decoded?.lesson) return;
		this.code = code;
		this.decoded = decoded;
	};
}
