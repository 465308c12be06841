import type { LessonDraft } from './lesson-draft.ts';
import { readDraft } from './read-draft.ts';

/** One lesson this browser made, as "My lessons" lists it. */
export interface StoredDraft {
	id: string;
	/** What "My lessons" calls it; empty shows the title. */
	name: string;
	/** When it was last changed, in milliseconds since 1970. */
	updated: number;
	draft: LessonDraft;
}

/** A stored entry that could not be read, moved aside under another key so nothing is lost. */
export interface SetAsideEntry {
	key: string;
	reason: string;
}

/** The part of `localStorage` the drafts use, so that tests can hand in their own. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const DRAFT_PREFIX = 'kz-lesson-draft:';
export const SET_ASIDE_PREFIX = 'kz-lesson-draft-set-aside:';
/** Far more than any draft the builder can make; a longer entry was not written by it. */
const MAX_ENTRY_CHARACTERS = 200_000;

/** Reads every draft; an entry that cannot be read is moved aside and reported. */
export function readStoredDrafts(storage: DraftStorage): {
	drafts: StoredDraft[];
	setAside: SetAsideEntry[];
} {
	const keys: string[] = [];
	for (let index = 0; index < storage.length; index++) {
		const key = storage.key(index);
		if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
	}
	const drafts: StoredDraft[] = [];
	const setAside: SetAsideEntry[] = [];
	for (const key of keys) {
		const raw = storage.getItem(key) ?? '';
		const reason = raw.length > MAX_ENTRY_CHARACTERS ? 'it is too large to be a draft' : null;
		const stored = reason ? null : parseEntry(key.slice(DRAFT_PREFIX.length), raw);
		if (stored) {
			drafts.push(stored);
			continue;
		}
		const asideKey = SET_ASIDE_PREFIX + key.slice(DRAFT_PREFIX.length);
		try {
			storage.setItem(asideKey, raw);
			storage.removeItem(key);
		} catch {
			// Storage is full: leave the entry where it is; it is skipped all the same.
		}
		setAside.push({ key: asideKey, reason: reason ?? 'it is damaged and cannot be read' });
	}
	drafts.sort((a, b) => b.updated - a.updated);
	return { drafts, setAside };
}

function parseEntry(id: string, raw: string): StoredDraft | null {
	try {
		const data: unknown = JSON.parse(raw);
		if (typeof data !== 'object' || data === null) return null;
		const entry = data as Record<string, unknown>;
		const read = readDraft(entry.draft);
		if (!read) return null;
		return {
			id,
			name: typeof entry.name === 'string' ? entry.name.slice(0, 120) : '',
			updated: typeof entry.updated === 'number' ? entry.updated : 0,
			draft: read.draft
		};
	} catch {
		return null;
	}
}

/** Writes a draft; returns why it could not be saved (a full storage), or null. */
export function writeStoredDraft(storage: DraftStorage, stored: StoredDraft): string | null {
	const { id, ...entry } = stored;
	try {
		storage.setItem(DRAFT_PREFIX + id, JSON.stringify(entry));
		return null;
	} catch (error) {
		return (error as Error)?.name === 'QuotaExceededError'
			? 'Your browser’s storage for this site is full, so the latest changes are not saved. Delete a draft you no longer need, or download this lesson as a file.'
			: 'Your browser would not save this draft (storage may be turned off). Download the lesson as a file to keep it.';
	}
}

export function removeStoredDraft(storage: DraftStorage, id: string): void {
	try {
		storage.removeItem(DRAFT_PREFIX + id);
	} catch {
		// Nothing to do: it will be listed again next time.
	}
}
