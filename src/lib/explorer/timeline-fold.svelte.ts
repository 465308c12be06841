/** Where this browser keeps the reader's choice to fold the phone's timeline. */
const KEY = 'kz-timeline-folded';

/**
 * Whether the reader has folded the phone's timeline to a one-line strip, to read with more of
 * the screen. Kept in this browser, not in the address: it is how they like to read, not part
 * of what they share. Storage that is blocked or full only means the choice is not kept.
 */
export class TimelineFold {
	/** The reader's choice, or null before they make one. */
	#chosen: boolean | null = $state(null);
	readonly #storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
	readonly #unchosen: () => boolean;

	/**
	 * `unchosen` says whether the timeline is folded until the reader chooses (such as in a frame
	 * too short for it and the story). Default unfolded.
	 */
	constructor(
		storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
		unchosen: () => boolean = () => false
	) {
		this.#storage = storage;
		this.#unchosen = unchosen;
	}

	get folded(): boolean {
		return this.#chosen ?? this.#unchosen();
	}

	/** Whether the reader has chosen, on this page or before in this browser. */
	get chosen(): boolean {
		return this.#chosen !== null;
	}

	/** Reads the kept choice; once mounted, so that the first render matches the prerendered page. */
	restore() {
		try {
			if (this.#storage()?.getItem(KEY) === '1') this.#chosen = true;
		} catch {
			// Blocked storage: the timeline stays as it is.
		}
	}

	/** Unfolds it, as zooming to an event does: zooming is for looking at the timeline. */
	open() {
		if (this.folded) this.toggle();
	}

	toggle() {
		this.#chosen = !this.folded;
		try {
			const storage = this.#storage();
			if (this.#chosen) storage?.setItem(KEY, '1');
			else storage?.removeItem(KEY);
		} catch {
			// The choice holds on this page, and is not kept.
		}
	}
}
