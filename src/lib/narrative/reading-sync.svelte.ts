import { entryAtLine, frameThrottle } from './reading-position';

export interface ReadingSyncOptions {
	/** The element holding the story's entries (each with `data-event-id`). */
	story: () => HTMLElement | undefined;
	/** The element that scrolls the story, or null when the window does. */
	scroller: () => HTMLElement | null;
	/** Where in the viewport, in px from its top, an entry counts as being read. */
	readingLine: () => number;
	/** Called when the reader reaches another entry. */
	onread: (id: string | null) => void;
}

/** How long a scroll to an entry may take before the entries it passes count as read again. */
const LANDING_MS = 1500;

/**
 * Which story entry is being read, from the scroll position, and scrolling an entry onto the
 * reading line. Reading is measured once a frame at most, however fast the scroll events come.
 */
export class ReadingSync {
	/** The id of the entry on the reading line, or null above the first one. */
	currentId = $state<string | null>(null);
	readonly #options: ReadingSyncOptions;
	/** The last id handed to `onread`. */
	#reported: string | null = null;
	/** While scrolling to an entry: its id, and when to stop waiting for it. */
	#landing: { id: string; until: number } | null = null;

	constructor(options: ReadingSyncOptions) {
		this.#options = options;
	}

	/** Call on scroll and resize. */
	readonly sync = frameThrottle(() => {
		const story = this.#options.story();
		const entries = story?.querySelectorAll<HTMLElement>('[data-event-id]');
		if (!entries || entries.length === 0) return;
		const id = entryAtLine(entries, this.#options.readingLine())?.dataset.eventId ?? null;
		this.currentId = id;
		// The entries a scroll of ours glides past are not being read: only where it lands is.
		const landing = this.#landing;
		if (landing && id !== landing.id && performance.now() < landing.until) return;
		this.#landing = null;
		if (id === this.#reported) return;
		this.#reported = id;
		this.#options.onread(id);
	});

	/**
	 * Until the story reaches the entry for `id` (or a moment has passed), the entries it passes
	 * are not reported as read: for a scroll to it that is about to start, as the page changes.
	 */
	landOn(id: string) {
		this.#landing = { id, until: performance.now() + LANDING_MS };
	}

	/**
	 * Scrolls so that `entry` sits just under the reading line. With its event's `id`, the
	 * entries passed on the way are not reported as read, only the one it lands on.
	 */
	scrollTo(entry: HTMLElement, glide: boolean, id: string | null = null) {
		if (id) this.landOn(id);
		const behavior = glide ? 'smooth' : 'auto';
		const offset = entry.getBoundingClientRect().top - this.#options.readingLine() + 8;
		const scroller = this.#options.scroller();
		if (scroller) scroller.scrollBy({ top: offset, behavior });
		else scrollTo({ top: Math.max(0, scrollY + offset), behavior });
	}
}
