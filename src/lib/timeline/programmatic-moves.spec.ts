import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { programmaticMoves } from './programmatic-moves.ts';

describe('programmaticMoves', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('counts changes as ours while a move runs and until it has settled', () => {
		const moves = programmaticMoves(450);
		expect(moves.active).toBe(false);
		let during: boolean | undefined;
		moves.run(() => (during = moves.active));
		expect(during).toBe(true);
		vi.advanceTimersByTime(449);
		expect(moves.active).toBe(true);
		vi.advanceTimersByTime(1);
		expect(moves.active).toBe(false);
	});

	it('stays active until the last of overlapping moves has settled', () => {
		const moves = programmaticMoves(450);
		moves.run(() => {});
		vi.advanceTimersByTime(300);
		moves.run(() => {});
		vi.advanceTimersByTime(200);
		expect(moves.active).toBe(true);
		vi.advanceTimersByTime(250);
		expect(moves.active).toBe(false);
	});

	it('still settles when the move throws', () => {
		const moves = programmaticMoves(450);
		expect(() =>
			moves.run(() => {
				throw new Error('engine refused');
			})
		).toThrow('engine refused');
		expect(moves.active).toBe(true);
		vi.advanceTimersByTime(450);
		expect(moves.active).toBe(false);
	});
});
