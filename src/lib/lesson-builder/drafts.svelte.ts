import { emptyDraft, type LessonDraft } from './lesson-draft.ts';
import {
	readStoredDrafts,
	removeStoredDraft,
	writeStoredDraft,
	type DraftStorage,
	type SetAsideEntry,
	type StoredDraft
} from './draft-storage.ts';

const CURRENT_KEY = 'kz-lesson-draft-current';

/** "My lessons": the drafts this browser keeps, and which one is open. Nothing leaves it. */
export class LessonDrafts {
	list: StoredDraft[] = $state([]);
	/** Entries that could not be read, set aside. */
	setAside: SetAsideEntry[] = $state([]);
	/** Why the last save failed, or null. */
	saveProblem: string | null = $state(null);
	currentId: string | null = $state(null);
	readonly current = $derived(this.list.find((entry) => entry.id === this.currentId) ?? null);
	readonly #storage: DraftStorage | null;
	readonly #newId: () => string;

	constructor(storage: DraftStorage | null, newId: () => string = () => crypto.randomUUID()) {
		this.#storage = storage;
		this.#newId = newId;
		if (!storage) {
			this.saveProblem =
				'Your browser will not keep drafts here (storage is off), so download the lesson as a file to keep it.';
			return;
		}
		const { drafts, setAside } = readStoredDrafts(storage);
		this.list = drafts;
		this.setAside = setAside;
		const remembered = this.#read(CURRENT_KEY);
		this.currentId = drafts.some((entry) => entry.id === remembered)
			? remembered
			: (drafts[0]?.id ?? null);
	}

	/** Starts a new draft and opens it. */
	create(draft: LessonDraft = emptyDraft(), name = ''): string {
		const entry: StoredDraft = { id: this.#newId(), name, updated: Date.now(), draft };
		this.list = [entry, ...this.list];
		this.#write(entry);
		this.open(entry.id);
		return entry.id;
	}

	open(id: string): void {
		if (!this.list.some((entry) => entry.id === id)) return;
		this.currentId = id;
		try {
			this.#storage?.setItem(CURRENT_KEY, id);
		} catch {
			// Only which draft opens first is lost.
		}
	}

	/** Replaces a draft's content and saves it. */
	save(id: string, draft: LessonDraft): void {
		const entry = this.list.find((candidate) => candidate.id === id);
		if (!entry) return;
		entry.draft = draft;
		this.persist(id);
	}

	/** Saves a draft edited in place (the builder binds its fields); called on every edit. */
	persist(id: string): void {
		const entry = this.list.find((candidate) => candidate.id === id);
		if (!entry) return;
		entry.updated = Date.now();
		this.#write($state.snapshot(entry));
	}

	rename(id: string, name: string): void {
		const entry = this.list.find((candidate) => candidate.id === id);
		if (!entry) return;
		entry.name = name.slice(0, 120);
		this.#write($state.snapshot(entry));
	}

	duplicate(id: string): string | null {
		const entry = this.list.find((candidate) => candidate.id === id);
		if (!entry) return null;
		const copy = $state.snapshot(entry);
		return this.create(copy.draft, `Copy of ${copy.name || copy.draft.title || 'untitled lesson'}`);
	}

	remove(id: string): void {
		this.list = this.list.filter((entry) => entry.id !== id);
		if (this.#storage) removeStoredDraft(this.#storage, id);
		if (this.currentId === id) this.currentId = this.list[0]?.id ?? null;
	}

	#write(entry: StoredDraft): void {
		if (!this.#storage) return;
		this.saveProblem = writeStoredDraft(this.#storage, entry);
	}

	#read(key: string): string | null {
		try {
			return this.#storage?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}
}
