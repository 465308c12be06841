import { describe, expect, it } from 'vitest';
import { listWindow, rowAt, rowOffsets } from './list-window.ts';

describe('list windows', () => {
	const offsets = rowOffsets([100, 200, 100, 300, 100]);

	it('sums heights into offsets', () => {
		expect([...offsets]).toEqual([0, 100, 300, 400, 700, 800]);
	});

	it('finds the row under a point', () => {
		expect(rowAt(offsets, 0)).toBe(0);
		expect(rowAt(offsets, 99)).toBe(0);
		expect(rowAt(offsets, 100)).toBe(1);
		expect(rowAt(offsets, 650)).toBe(3);
		expect(rowAt(offsets, 5000)).toBe(4);
	});

	it('renders the rows in view plus overscan, and keeps the rest as space', () => {
		expect(listWindow(offsets, 320, 420, 0)).toEqual({ start: 2, end: 4, before: 300, after: 100 });
		expect(listWindow(offsets, 320, 420, 150)).toEqual({
			start: 1,
			end: 4,
			before: 100,
			after: 100
		});
		expect(listWindow(offsets, 320, 420, 300)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
		expect(listWindow(rowOffsets([]), 0, 100, 10)).toEqual({
			start: 0,
			end: 0,
			before: 0,
			after: 0
		});
	});
});
