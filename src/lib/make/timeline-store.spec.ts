import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newTimeline } from './made-timeline.ts';

// IndexedDB as idb-keyval sees it: a map, whose writes the test can make fail as a full disk
// or a blocked browser does. The shelf's own logic is what is tested.
const stored = new Map<string, unknown>();
let failWrites: DOMException | null = null;
vi.mock('idb-keyval', () => ({
	createStore: () => 'store',
	set: async (key: string, value: unknown) => {
		if (failWrites) throw failWrites;
		stored.set(key, structuredClone(value));
	},
	del: async (key: string) => void stored.delete(key),
	get: async (key: string) => stored.get(key),
	entries: async () => [...stored.entries()]
}));

const { openShelf } = await import('./timeline-store.ts');

beforeEach(() => {
	stored.clear();
	failWrites = null;
	vi.stubGlobal('indexedDB', {});
});

const made = (id: string, title: string, updated: number) => ({
	...newTimeline(id, updated),
	title
});

describe('the shelf of timelines', () => {
	it('keeps, lists newest first, and removes', async () => {
		const shelf = await openShelf();
		expect(shelf.notKept).toBeNull();
		expect(await shelf.put(made('a', 'Older', 1))).toBe(true);
		expect(await shelf.put(made('b', 'Newer', 2))).toBe(true);
		expect((await shelf.list()).map((each) => each.title)).toEqual(['Newer', 'Older']);
		await shelf.remove('a');
		expect(await shelf.get('a')).toBeUndefined();
		expect((await shelf.get('b'))?.title).toBe('Newer');
	});

	it('when the disk is full, says so, keeps the change in memory and still lists the rest', async () => {
		const shelf = await openShelf();
		await shelf.put(made('a', 'Kept before', 1));
		failWrites = new DOMException('full', 'QuotaExceededError');
		expect(await shelf.put(made('b', 'Only in memory', 2))).toBe(false);
		expect(shelf.notKept).toBe('full');
		expect((await shelf.list()).map((each) => each.title)).toEqual([
			'Only in memory',
			'Kept before'
		]);
		expect((await shelf.get('b'))?.title).toBe('Only in memory');
		// Once a write succeeds again, the kept copy is the one read.
		failWrites = null;
		expect(await shelf.put(made('b', 'Kept at last', 3))).toBe(true);
		expect(shelf.notKept).toBeNull();
		expect(stored.has('b')).toBe(true);
	});

	it('where the browser keeps nothing, works in memory and says why', async () => {
		failWrites = new DOMException('denied', 'SecurityError');
		const shelf = await openShelf();
		expect(shelf.notKept).toBe('blocked');
		expect(await shelf.put(made('c', 'In memory', 1))).toBe(false);
		expect((await shelf.get('c'))?.title).toBe('In memory');
	});

	it('leaves an entry it cannot read where it is, unlisted and unharmed', async () => {
		stored.set('odd', { version: 9, something: 'else' });
		const shelf = await openShelf();
		expect((await shelf.list()).map((each) => each.id)).not.toContain('odd');
		expect(await shelf.get('odd')).toBeUndefined();
		expect(stored.get('odd')).toEqual({ version: 9, something: 'else' });
	});
});
