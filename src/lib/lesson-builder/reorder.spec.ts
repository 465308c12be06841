import { describe, expect, it } from 'vitest';
import { moveEntry, removeEntry } from './reorder.ts';

describe('moveEntry', () => {
	it('moves an entry up or down by one place, leaving the list it was given alone', () => {
		const list = ['a', 'b', 'c'];
		expect(moveEntry(list, 1, -1)).toEqual({ list: ['b', 'a', 'c'], entry: 'b', index: 0 });
		expect(moveEntry(list, 1, 1)).toEqual({ list: ['a', 'c', 'b'], entry: 'b', index: 2 });
		expect(list).toEqual(['a', 'b', 'c']);
	});

	it('moves an entry more than one place', () => {
		expect(moveEntry(['a', 'b', 'c', 'd'], 0, 3)).toEqual({
			list: ['b', 'c', 'd', 'a'],
			entry: 'a',
			index: 3
		});
	});

	it('cannot move past either end, nor an entry that is not there', () => {
		expect(moveEntry(['a', 'b'], 0, -1)).toBeNull();
		expect(moveEntry(['a', 'b'], 1, 1)).toBeNull();
		expect(moveEntry(['a', 'b'], 2, -1)).toBeNull();
		expect(moveEntry([], 0, 1)).toBeNull();
	});
});

describe('removeEntry', () => {
	it('removes the entry at an index and says which it was, leaving the list it was given alone', () => {
		const list = ['a', 'b', 'c'];
		expect(removeEntry(list, 1)).toEqual({ list: ['a', 'c'], entry: 'b', index: 1 });
		expect(removeEntry(list, 2)).toEqual({ list: ['a', 'b'], entry: 'c', index: 2 });
		expect(list).toEqual(['a', 'b', 'c']);
	});

	it('removes only the entry at the index when others are equal to it', () => {
		expect(removeEntry(['', '', ''], 0)).toEqual({ list: ['', ''], entry: '', index: 0 });
	});

	it('removes nothing that is not there', () => {
		expect(removeEntry(['a'], 1)).toBeNull();
		expect(removeEntry(['a'], -1)).toBeNull();
	});
});
