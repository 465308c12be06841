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

/**
 * Which story entry is being read, from the scroll position, and scrolling an entry onto the
 * reading line. Reading is measured once a frame at most, however fast the scroll events come.
 */
export class ReadingSync {
	/** The id of the entry on the reading line, or null above the first one. */
	currentId = $state<string | null>(null);
	readonly #options: ReadingSyncOptions;

	constructor(options: ReadingSyncOptions) {
		this.#options = options;
	}

	/** Call on scroll and resize. */
	readonly sync = frameThrottle(() => {
		const story = this.#options.story();
		const entries = story?.querySelectorAll<HTMLElement>('[data-event-id]');
		if (!entries || entries.length === 0) return;
		const id = entryAtLine(entries, this.#options.readingLine())?.dataset.eventId ?? null;
		if (id === this.currentId) return;
		this.currentId = id;
		this.#options.onread(id);
	});

	/** Scrolls so that `entry` sits just under the reading line. */
	scrollTo(entry: HTMLElement, glide: boolean) {
		const behavior = glide ? 'smooth' : 'auto';
		const offset = entry.getBoundingClientRect().top - this.#options.readingLine() + 8;
		const scroller = this.#options.scroller();
		if (scroller) scroller.scrollBy({ top: offset, behavior });
		else scrollTo({ top: Math.max(0, scrollY + offset), behavior });
	}
}
