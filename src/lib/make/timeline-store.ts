/**
 * Where a teacher's timelines are kept: IndexedDB, through idb-keyval (small, kept, and all a
 * key-value shelf of timelines needs). When the browser will not keep anything (private
 * browsing, storage blocked or full), the same shelf lives in memory and says so.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { MadeTimelineSchema, type MadeTimeline } from './made-timeline.ts';

export interface StoredSummary {
	id: string;
	title: string;
	updated: number;
	events: number;
}

/** Why nothing is being kept: the browser refused storage, or it is full. */
export type NotKept = 'blocked' | 'full' | null;

export interface TimelineShelf {
	/** Null while timelines are kept; otherwise why they are not. */
	readonly notKept: NotKept;
	list(): Promise<StoredSummary[]>;
	get(id: string): Promise<MadeTimeline | undefined>;
	/**
	 * Keeps a plain object (`$state.snapshot` of one in state: IndexedDB cannot clone a proxy).
	 * Resolves to false, and the shelf turns to memory, when the browser refuses to keep it.
	 */
	put(made: MadeTimeline): Promise<boolean>;
	remove(id: string): Promise<void>;
}

const summary = (made: MadeTimeline): StoredSummary => ({
	id: made.id,
	title: made.title.trim() || made.sources.find((source) => source.title)?.title || '',
	updated: made.updated,
	events: made.events.length
});

const isQuota = (error: unknown) =>
	error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * What this tab holds, kept or not: one map for the tab's life, so that a timeline made where
 * storage is blocked survives going from the editor to the explorer and back.
 */
const inMemory = new Map<string, MadeTimeline>();

class Shelf implements TimelineShelf {
	notKept: NotKept;
	readonly #store: UseStore | null;
	readonly #memory = inMemory;

	constructor(store: UseStore | null, notKept: NotKept) {
		this.#store = store;
		this.notKept = notKept;
	}

	async #all(): Promise<MadeTimeline[]> {
		if (this.notKept || !this.#store) return [...this.#memory.values()];
		const stored = await entries<string, unknown>(this.#store);
		// An entry this version cannot read is left where it is, never overwritten or lost.
		return stored.flatMap(([, value]) => {
			const read = MadeTimelineSchema.safeParse(value);
			return read.success ? [read.data] : [];
		});
	}

	async list(): Promise<StoredSummary[]> {
		return (await this.#all()).map(summary).sort((a, b) => b.updated - a.updated);
	}

	async get(id: string): Promise<MadeTimeline | undefined> {
		if (this.notKept || !this.#store) return this.#memory.get(id);
		const read = MadeTimelineSchema.safeParse(await get(id, this.#store));
		return read.success ? read.data : undefined;
	}

	async put(made: MadeTimeline): Promise<boolean> {
		this.#memory.set(made.id, made);
		if (this.notKept || !this.#store) return false;
		try {
			await set(made.id, made, this.#store);
			return true;
		} catch (error) {
			this.notKept = isQuota(error) ? 'full' : 'blocked';
			return false;
		}
	}

	async remove(id: string): Promise<void> {
		this.#memory.delete(id);
		if (!this.notKept && this.#store) await del(id, this.#store);
	}
}

/** Opens the shelf, finding out first whether the browser will keep anything at all. */
export async function openShelf(): Promise<TimelineShelf> {
	try {
		if (typeof indexedDB === 'undefined') return new Shelf(null, 'blocked');
		const store = createStore('kz-timelines', 'timelines');
		await set('probe', 1, store);
		await del('probe', store);
		return new Shelf(store, null);
	} catch (error) {
		return new Shelf(null, isQuota(error) ? 'full' : 'blocked');
	}
}

/**
 * Holds a timeline for this tab while it is open, so that a second tab opening the same one
 * knows and does not overwrite it. Resolves to a release function, or to null when another
 * tab holds it. Where the browser has no Web Locks, every tab may write.
 */
export function holdTimeline(id: string): Promise<(() => void) | null> {
	if (!('locks' in navigator)) return Promise.resolve(() => {});
	return new Promise((resolve) => {
		navigator.locks.request(`kz-timeline:${id}`, { ifAvailable: true }, (lock) => {
			if (!lock) {
				resolve(null);
				return;
			}
			return new Promise<void>((release) => resolve(() => release()));
		});
	});
}
