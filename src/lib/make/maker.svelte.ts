/**
 * The timeline a teacher is making, as state: every change goes through `change`, which keeps
 * the last steps for undo and redo and saves the timeline soon after.
 */
import { findInWorker } from './find-in-worker.ts';
import type { MadeTimeline } from './made-timeline.ts';
import { withFound } from './review.ts';
import type { TimelineShelf } from './timeline-store.ts';

/** How many steps back undo reaches. */
export const UNDO_STEPS = 50;
const SAVE_AFTER_MS = 250;
/** Changes of one field closer together than this are one step for undo: a word, not a letter. */
export const TYPING_STEP_MS = 1500;

/** Where the timeline stands with storage, as the page reports it. */
export type SaveState = 'saved' | 'saving' | 'not-kept' | 'other-tab';

export class Maker {
	made = $state() as MadeTimeline;
	saveState = $state<SaveState>('saved');
	/** Paragraphs read so far while the finder runs; null when it is not running. */
	finding = $state<{ source: string; done: number; total: number } | null>(null);
	/** Why the finder stopped on a source, if it did. */
	findError = $state<{ source: string; message: string } | null>(null);
	#past = $state<MadeTimeline[]>([]);
	#future = $state<MadeTimeline[]>([]);
	readonly canUndo = $derived(this.#past.length > 0);
	readonly canRedo = $derived(this.#future.length > 0);
	readonly #shelf: TimelineShelf;
	readonly #writable: boolean;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** The field last typed in, and when: the next keystroke there joins the same undo step. */
	#typing: { field: string; at: number } | null = null;

	/** @param writable false when another tab holds this timeline: nothing here is saved. */
	constructor(made: MadeTimeline, shelf: TimelineShelf, writable: boolean) {
		this.made = made;
		this.#shelf = shelf;
		this.#writable = writable;
		this.saveState = !writable ? 'other-tab' : shelf.notKept ? 'not-kept' : 'saved';
	}

	/**
	 * @param typing the field typed in, for a change made as a person types: changes to the same
	 *   field, each within TYPING_STEP_MS of the last, are undone together.
	 */
	change(next: MadeTimeline, typing?: string) {
		if (next === this.made) return;
		const now = Date.now();
		const last = this.#typing;
		const sameWord =
			typing !== undefined && last?.field === typing && now - last.at < TYPING_STEP_MS;
		if (!sameWord) this.#past = [...this.#past.slice(-(UNDO_STEPS - 1)), this.made];
		this.#future = [];
		this.#typing = typing === undefined ? null : { field: typing, at: now };
		this.#set(next);
	}

	undo() {
		this.#typing = null;
		const previous = this.#past.at(-1);
		if (!previous) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [this.made, ...this.#future];
		this.#set(previous);
	}

	redo() {
		this.#typing = null;
		const [next, ...rest] = this.#future;
		if (!next) return;
		this.#future = rest;
		this.#past = [...this.#past, this.made];
		this.#set(next);
	}

	#set(next: MadeTimeline) {
		this.made = { ...next, updated: Date.now() };
		if (this.saveState === 'other-tab') return;
		if (this.saveState !== 'not-kept') this.saveState = 'saving';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.save(), SAVE_AFTER_MS);
	}

	/** Saves now; the page calls it too as it is hidden or left, so that a reload loses nothing. */
	async save() {
		clearTimeout(this.#timer);
		if (!this.#writable) return;
		const saving = this.made;
		const kept = await this.#shelf.put($state.snapshot(saving));
		// "Saved" only for what is on screen: a change made while this write ran is still to come.
		if (!kept) this.saveState = 'not-kept';
		else if (this.made === saving) this.saveState = 'saved';
	}

	/**
	 * Runs the finder over one source, keeping everything already accepted or rejected. One
	 * source at a time: the page offers no second search while one runs.
	 */
	async find(sourceId: string) {
		const source = this.made.sources.find((each) => each.id === sourceId);
		if (!source || this.finding) return;
		this.findError = null;
		this.finding = { source: sourceId, done: 0, total: 0 };
		try {
			const found = await findInWorker(source.text, source.published, (done, total) => {
				this.finding = { source: sourceId, done, total };
			});
			this.change(withFound(this.made, sourceId, found.candidates));
		} catch (error) {
			this.findError = { source: sourceId, message: (error as Error).message };
		} finally {
			if (this.finding?.source === sourceId) this.finding = null;
		}
	}
}
