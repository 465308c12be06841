/** How long a scroll to an entry may take to start before the entries it passes count as read. */
const LANDING_MS = 1500;
/**
 * A scroll of ours is under way while the story keeps moving: each entry it passes holds the
 * landing open this much longer. A busy phone glides slower than LANDING_MS, and a glide to the
 * last entry of a short page ends short of it, on the entry before.
 */
const GLIDING_MS = 300;
/** However the story moves, a landing ends this long after it began: the reader has taken over. */
const LANDING_MAX_MS = 5000;

/**
 * Which story entry is being read. The component that owns the story measures it (see
 * `idAtLine`) and hands it to `read`; this keeps what was read, and holds back the entries that
 * a scroll of ours passes on its way to another.
 */
export class ReadingSync {
	/** The id of the entry on the reading line, or null above the first one. */
	currentId = $state<string | null>(null);
	readonly #onread: (id: string | null) => void;
	/** The last id handed to `onread`. */
	#reported: string | null = null;
	/** While scrolling to an entry: its id, and when to stop waiting for it. */
	#landing: { id: string; until: number; began: number } | null = null;

	/** @param onread called when the reader reaches another entry. */
	constructor(onread: (id: string | null) => void) {
		this.#onread = onread;
	}

	/** The entry now on the reading line, as the story measured it on scroll or resize. */
	read(id: string | null) {
		this.currentId = id;
		// The entries a scroll of ours glides past are not being read: only where it lands is.
		const landing = this.#landing;
		const now = performance.now();
		if (landing && id !== landing.id && now < landing.until) {
			landing.until = Math.min(
				Math.max(landing.until, now + GLIDING_MS),
				landing.began + LANDING_MAX_MS
			);
			return;
		}
		this.#landing = null;
		if (id === this.#reported) return;
		this.#reported = id;
		this.#onread(id);
	}

	/**
	 * Until the story reaches the entry for `id` (or a moment has passed), the entries it passes
	 * are not reported as read: for a scroll to it that is starting, or about to.
	 */
	landOn(id: string) {
		const now = performance.now();
		this.#landing = { id, until: now + LANDING_MS, began: now };
	}
}
