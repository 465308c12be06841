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
	/** Null while timelines are kept; otherwise why they are not (the last write said so). */
	readonly notKept: NotKept;
	list(): Promise<StoredSummary[]>;
	get(id: string): Promise<MadeTimeline | undefined>;
	/**
	 * Keeps a plain object (`$state.snapshot` of one in state: IndexedDB cannot clone a proxy).
	 * Resolves to false when the browser refuses to keep it; it is held in memory all the same.
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
 * storage is blocked survives going from the editor to the explorer and back, and one whose
 * write failed is still there, over the kept copy, until a write succeeds.
 */
const inMemory = new Map<string, MadeTimeline>();

const readable = (value: unknown) => {
	const read = MadeTimelineSchema.safeParse(value);
	return read.success ? read.data : undefined;
};

class Shelf implements TimelineShelf {
	notKept: NotKept;
	readonly #store: UseStore | null;

	/** @param store null when the browser keeps nothing: the shelf is this tab's memory. */
	constructor(store: UseStore | null, notKept: NotKept) {
		this.#store = store;
		this.notKept = notKept;
	}

	async #kept(): Promise<MadeTimeline[]> {
		if (!this.#store) return [];
		try {
			// An entry this version cannot read is left where it is, never overwritten or lost.
			const stored = await entries<string, unknown>(this.#store);
			return stored.flatMap(([, value]) => readable(value) ?? []);
		} catch {
			return [];
		}
	}

	async list(): Promise<StoredSummary[]> {
		const byId = new Map((await this.#kept()).map((made) => [made.id, made]));
		for (const [id, made] of inMemory) byId.set(id, made);
		return [...byId.values()].map(summary).sort((a, b) => b.updated - a.updated);
	}

	async get(id: string): Promise<MadeTimeline | undefined> {
		if (inMemory.has(id) || !this.#store) return inMemory.get(id);
		try {
			return readable(await get(id, this.#store));
		} catch {
			return undefined;
		}
	}

	async put(made: MadeTimeline): Promise<boolean> {
		if (!this.#store) {
			inMemory.set(made.id, made);
			return false;
		}
		try {
			await set(made.id, made, this.#store);
			inMemory.delete(made.id);
			this.notKept = null;
			return true;
		} catch (error) {
			inMemory.set(made.id, made);
			this.notKept = isQuota(error) ? 'full' : 'blocked';
			return false;
		}
	}

	async remove(id: string): Promise<void> {
		inMemory.delete(id);
		if (this.#store) await del(id, this.#store);
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
		navigator.locks
			.request(`kz-timeline:${id}`, { ifAvailable: true }, (lock) => {
				if (!lock) {
					resolve(null);
					return;
				}
				return new Promise<void>((release) => resolve(() => release()));
			})
			// Where storage is denied, so are locks: there is then nothing another tab could
			// overwrite, and this tab may edit.
			.catch(() => resolve(() => {}));
	});
}
