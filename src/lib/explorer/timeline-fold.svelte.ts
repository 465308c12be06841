/** Where this browser keeps the reader's choice to fold the phone's timeline. */
const KEY = 'kz-timeline-folded';

/**
 * Whether the reader has folded the phone's timeline to a one-line strip, to read with more of
 * the screen. Kept in this browser, not in the address: it is how they like to read, not part
 * of what they share. Storage that is blocked or full only means the choice is not kept.
 */
export class TimelineFold {
	folded = $state(false);
	readonly #storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

	constructor(storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {
		this.#storage = storage;
	}

	/** Reads the kept choice; once mounted, so that the first render matches the prerendered page. */
	restore() {
		try {
			this.folded = this.#storage()?.getItem(KEY) === '1';
		} catch {
			// Blocked storage: the timeline stays unfolded.
		}
	}

	toggle() {
		this.folded = !this.folded;
		try {
			const storage = this.#storage();
			if (this.folded) storage?.setItem(KEY, '1');
			else storage?.removeItem(KEY);
		} catch {
			// The choice holds on this page, and is not kept.
		}
	}
}
