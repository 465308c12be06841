import { prefersReducedMotion } from 'svelte/motion';
import { ReadingSync } from './reading-sync.svelte.ts';
import { stepFrom } from './walk-order.ts';

/** Where a selection came from: the story's own entries need no scrolling to. */
export type SelectionSource = 'story' | 'other';

/**
 * What the walk asks of the components that show its entries, which own their elements: each
 * attaches the parts it can do.
 */
export interface WalkView {
	/**
	 * Measures the entry for `id` now, and returns what puts it back where it was once the
	 * entries have changed (opening details in one closes them in another).
	 */
	hold?(id: string): () => void;
	/** Scrolls the entry for `id` onto the reading line, gliding or jumping there. */
	reveal?(id: string, glide: boolean): void;
	/** Takes focus to the selected entry `id`, for Enter on the one already selected. */
	focus?(id: string): void;
}

export interface ReaderWalkOptions {
	/** The entries, in reading order. */
	order: () => readonly { id: string }[];
	/** The selected entry's id, or null. */
	selected: () => string | null;
	/** Selects an entry (null: none), where the selection is kept. */
	choose: (id: string | null) => void;
	/** What arriving at an entry says to a screen reader. Default: nothing. */
	describe?: (id: string) => string;
	/** Whether the browser has put the page back where the reader left it. Default: never. */
	restored?: () => boolean;
	/** Called when the reader scrolls to another entry (null: above the first). Default none. */
	onread?: (id: string | null) => void;
	/**
	 * With nothing selected, where Next or Previous lands, from the entry being read (see
	 * stepInWindow: the timeline may show another stretch of time); undefined steps on from it
	 * in order. Default: always in order.
	 */
	landing?: (offset: 1 | -1, readingId: string | null) => string | null | undefined;
	/** Whether moves jump rather than glide. Default: the reader's motion preference. */
	reducedMotion?: () => boolean;
}

/**
 * One reader's walk through a list of entries, shared by the explorer and the lesson view:
 * selecting, stepping and jumping, what is being read, and what each arrival announces. The
 * component that shows the entries attaches a `WalkView` for what needs their elements.
 */
export class ReaderWalk {
	readonly reading: ReadingSync;
	/**
	 * The entry the reader came to last, the one they selected or the one they scrolled to:
	 * the timeline keeps it whole in view.
	 */
	focusId = $state<string | null>(null);
	announcement = $state('');
	/**
	 * How many selections have been asked for, the same entry again included: a sheet put away
	 * to show the timeline comes back when the reader chooses anything.
	 */
	asked = $state(0);

	readonly #options: ReaderWalkOptions;
	#views: WalkView[] = [];
	#source: SelectionSource = 'other';
	#arrivedWithPage = true;

	constructor(options: ReaderWalkOptions) {
		this.#options = options;
		this.reading = new ReadingSync((id) => {
			// The timeline moves only when this entry is not already whole in view, so that a view
			// someone chose (or a host page resizing an embed) is not pulled about needlessly.
			this.focusId = id ?? options.selected();
			options.onread?.(id);
		});
	}

	/** Lets `view` carry out what it can of the walk, until the returned function is called. */
	attach(view: WalkView): () => void {
		this.#views = [...this.#views, view];
		return () => {
			this.#views = this.#views.filter((other) => other !== view);
		};
	}

	/** The selected entry, else the one being read. */
	get currentId(): string | null {
		return this.#options.selected() ?? this.reading.currentId;
	}

	select(id: string | null, source: SelectionSource = 'other') {
		this.asked++;
		const selected = this.#options.selected();
		this.#source = source;
		// The entries open and close with the selection: the one the reader is at stays put.
		const held = source === 'story' ? id : id === null ? selected : null;
		const holder = held ? this.#views.find((view) => view.hold) : undefined;
		const settle = holder?.hold?.(held!) ?? (() => {});
		// The story is about to scroll to it: what it passes on the way is not being read.
		if (id && source === 'other' && id !== selected) this.reading.landOn(id);
		this.#options.choose(id);
		settle();
		// Closing the details is not coming to another entry: the timeline stays where it is.
		if (id) this.focusId = id;
	}

	step(offset: 1 | -1) {
		const unselected = this.#options.selected() === null;
		const landing = unselected ? this.#options.landing?.(offset, this.currentId) : undefined;
		if (landing !== undefined) {
			if (landing) this.select(landing);
			return;
		}
		const target = stepFrom(this.#options.order(), this.currentId, offset);
		if (target) this.select(target.id);
	}

	/** Home and End select the first and last entry; Enter the one being read, or goes into it. */
	jump(which: 'Home' | 'End' | 'Enter') {
		const order = this.#options.order();
		if (which === 'Enter') {
			const id = this.currentId ?? order[0]?.id;
			if (!id) return;
			if (id !== this.#options.selected()) this.select(id);
			else for (const view of this.#views) view.focus?.(id);
			return;
		}
		const target = which === 'Home' ? order[0] : order.at(-1);
		if (target) this.select(target.id);
	}

	/**
	 * Back or Forward brought the reader to `id`, already selected: until the story is there, the
	 * entries scrolled past are not read (nor written to the address). It jumps there, as the
	 * browser puts a page back, once SvelteKit (whose listener may come after the caller's) has
	 * put back the scroll it saved for the entry: wherever a glide had got to when the reader
	 * chose the next one.
	 */
	returnTo(id: string) {
		this.reading.landOn(id);
		requestAnimationFrame(() => {
			this.begin();
			this.arrive(id);
		});
	}

	/** The entries are new, as when a page arrives: the next arrival jumps rather than glides. */
	begin() {
		this.#arrivedWithPage = true;
	}

	/**
	 * Call once the selection has changed, whatever changed it: announces the entry and brings it
	 * into view. The first arrival, with the page, jumps there; later ones glide.
	 */
	arrive(id: string | null) {
		if (id === null) {
			this.#arrivedWithPage = false;
			return;
		}
		const describe = this.#options.describe;
		if (describe) this.announcement = describe(id);
		this.focusId = id;
		const reducedMotion = this.#options.reducedMotion?.() ?? prefersReducedMotion.current;
		const glide = !reducedMotion && !this.#arrivedWithPage;
		this.#arrivedWithPage = false;
		// Back from another page, the browser puts the story back where the reader left it.
		if (this.#source === 'story' || this.#options.restored?.()) {
			this.#source = 'other';
			return;
		}
		for (const view of this.#views) view.reveal?.(id, glide);
	}
}
