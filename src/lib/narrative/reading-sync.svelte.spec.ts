import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingSync } from './reading-sync.svelte.ts';

function readingWith() {
	const reads: (string | null)[] = [];
	return { reading: new ReadingSync((id) => reads.push(id)), reads };
}

describe('ReadingSync', () => {
	afterEach(() => vi.useRealTimers());

	it('reports each entry reached once', () => {
		const { reading, reads } = readingWith();
		reading.read('a');
		reading.read('a');
		reading.read('b');
		reading.read(null);
		expect(reads).toEqual(['a', 'b', null]);
		expect(reading.currentId).toBeNull();
	});

	it('reports only where a scroll of ours lands, though it follows every entry passed', () => {
		const { reading, reads } = readingWith();
		reading.landOn('c');
		reading.read('a');
		expect(reading.currentId).toBe('a');
		reading.read('b');
		reading.read('c');
		reading.read('b');
		expect(reads).toEqual(['c', 'b']);
	});

	it('reports what is read again once a landing has taken too long', () => {
		vi.useFakeTimers();
		const { reading, reads } = readingWith();
		reading.landOn('c');
		reading.read('a');
		vi.advanceTimersByTime(2000);
		reading.read('b');
		expect(reads).toEqual(['b']);
	});

	it('holds a landing open while the glide goes on, however slow, and no longer', () => {
		vi.useFakeTimers();
		const { reading, reads } = readingWith();
		// A slow glide towards the last entry, which ends short of it, on the one before.
		reading.landOn('d');
		for (let frame = 0; frame < 200; frame++) {
			reading.read(frame < 100 ? 'b' : 'c');
			vi.advanceTimersByTime(16);
		}
		expect(reads).toEqual([]);
		// Still, then the reader scrolls on their own.
		vi.advanceTimersByTime(1000);
		reading.read('c');
		expect(reads).toEqual(['c']);
	});

	it('ends a landing five seconds after it began, however the story keeps moving', () => {
		vi.useFakeTimers();
		const { reading, reads } = readingWith();
		reading.landOn('d');
		for (let frame = 0; frame < 400 && reads.length === 0; frame++) {
			reading.read('b');
			vi.advanceTimersByTime(16);
		}
		expect(reads).toEqual(['b']);
		expect(performance.now()).toBeGreaterThanOrEqual(5000);
		expect(performance.now()).toBeLessThan(5100);
	});
});
