import { describe, expect, it } from 'vitest';
import { emptyDraft } from './lesson-draft.ts';
import { DRAFT_PREFIX, SET_ASIDE_PREFIX, type DraftStorage } from './draft-storage.ts';
import { LessonDrafts } from './drafts.svelte.ts';

/** A Map behind the Storage methods, which can be told to be full. */
class MemoryStorage implements DraftStorage {
	items = new Map<string, string>();
	full = false;
	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

const ids = () => {
	let next = 0;
	return () => `d${++next}`;
};

describe('LessonDrafts', () => {
	it('keeps every edit, so a new page finds the open draft as it was', () => {
		const storage = new MemoryStorage();
		const drafts = new LessonDrafts(storage, ids());
		const id = drafts.create();
		drafts.save(id, { ...emptyDraft(), title: 'Strikes', questions: ['Why?'] });
		const reloaded = new LessonDrafts(storage, ids());
		expect(reloaded.currentId).toBe(id);
		expect(reloaded.current?.draft).toMatchObject({ title: 'Strikes', questions: ['Why?'] });
	});

	it('lists, renames, duplicates and deletes drafts', () => {
		const storage = new MemoryStorage();
		const drafts = new LessonDrafts(storage, ids());
		const first = drafts.create({ ...emptyDraft(), title: 'One' });
		drafts.rename(first, 'My first');
		const copy = drafts.duplicate(first)!;
		expect(drafts.currentId).toBe(copy);
		expect(drafts.list.map((entry) => entry.name)).toEqual(['Copy of My first', 'My first']);
		drafts.remove(copy);
		expect(drafts.currentId).toBe(first);
		const reloaded = new LessonDrafts(storage, ids());
		expect(reloaded.list.map((entry) => [entry.name, entry.draft.title])).toEqual([
			['My first', 'One']
		]);
	});

	it('sets a damaged entry aside and reports it, and the others still open', () => {
		const storage = new MemoryStorage();
		new LessonDrafts(storage, ids()).create({ ...emptyDraft(), title: 'Good' });
		storage.items.set(`${DRAFT_PREFIX}bad`, '{"draft": not json');
		storage.items.set(`${DRAFT_PREFIX}huge`, 'x'.repeat(300_000));
		const drafts = new LessonDrafts(storage, ids());
		expect(drafts.list.map((entry) => entry.draft.title)).toEqual(['Good']);
		expect(drafts.setAside).toEqual([
			{ key: `${SET_ASIDE_PREFIX}bad`, reason: 'it is damaged and cannot be read' },
			{ key: `${SET_ASIDE_PREFIX}huge`, reason: 'it is too large to be a draft' }
		]);
		expect(storage.items.has(`${DRAFT_PREFIX}bad`)).toBe(false);
		expect(storage.items.get(`${SET_ASIDE_PREFIX}bad`)).toBe('{"draft": not json');
	});

	it('says so when storage is full, and keeps the draft in the page', () => {
		const storage = new MemoryStorage();
		const drafts = new LessonDrafts(storage, ids());
		const id = drafts.create();
		storage.full = true;
		drafts.save(id, { ...emptyDraft(), title: 'Unsaved' });
		expect(drafts.saveProblem).toMatch(/storage for this site is full/);
		expect(drafts.current?.draft.title).toBe('Unsaved');
		storage.full = false;
		drafts.save(id, { ...emptyDraft(), title: 'Saved' });
		expect(drafts.saveProblem).toBeNull();
	});

	it('works without storage, saying drafts are not kept', () => {
		const drafts = new LessonDrafts(null, ids());
		drafts.create();
		expect(drafts.list).toHaveLength(1);
		expect(drafts.saveProblem).toMatch(/will not keep drafts/);
	});
});
