import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { programmaticMoves } from './programmatic-moves.ts';

/** Advances the clock by each step in turn, and says after each whether a move is active. */
function activeAfter(moves: { readonly active: boolean }, steps: number[]): boolean[] {
	return steps.map((ms) => {
		vi.advanceTimersByTime(ms);
		return moves.active;
	});
}

describe('programmaticMoves', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('counts changes as ours while a move runs and until it has settled', () => {
		const moves = programmaticMoves(450);
		expect(moves.active).toBe(false);
		let during: boolean | undefined;
		moves.run(() => (during = moves.active));
		expect(during).toBe(true);
		expect(activeAfter(moves, [449, 1])).toEqual([true, false]);
	});

	it('stays active until the last of overlapping moves has settled', () => {
		const moves = programmaticMoves(450);
		moves.run(() => {});
		vi.advanceTimersByTime(300);
		moves.run(() => {});
		expect(activeAfter(moves, [200, 250])).toEqual([true, false]);
	});

	it('still settles when the move throws', () => {
		const moves = programmaticMoves(450);
		expect(() =>
			moves.run(() => {
				throw new Error('engine refused');
			})
		).toThrow('engine refused');
		expect(activeAfter(moves, [0, 450])).toEqual([true, false]);
	});
});
