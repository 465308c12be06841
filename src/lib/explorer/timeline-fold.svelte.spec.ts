import { describe, expect, it } from 'vitest';
import { TimelineFold } from './timeline-fold.svelte.ts';

/** Storage as a map, which can be made to refuse reads and writes. */
function storage() {
	const held = new Map<string, string>();
	const state = { blocked: false };
	const check = () => {
		if (state.blocked) throw new DOMException('blocked', 'SecurityError');
	};
	return {
		state,
		held,
		getItem: (key: string) => (check(), held.get(key) ?? null),
		setItem: (key: string, value: string) => (check(), void held.set(key, value)),
		removeItem: (key: string) => (check(), void held.delete(key))
	};
}

describe('TimelineFold', () => {
	it('starts unfolded, and keeps a fold for the next page', () => {
		const kept = storage();
		const fold = new TimelineFold(() => kept);
		fold.restore();
		expect(fold.folded).toBe(false);
		fold.toggle();
		expect(fold.folded).toBe(true);
		const next = new TimelineFold(() => kept);
		next.restore();
		expect(next.folded).toBe(true);
		next.toggle();
		expect(kept.held.size).toBe(0);
	});

	it('folds and unfolds on the page when storage is blocked, and keeps nothing', () => {
		const kept = storage();
		kept.state.blocked = true;
		const fold = new TimelineFold(() => kept);
		fold.restore();
		fold.toggle();
		expect(fold.folded).toBe(true);
		fold.toggle();
		expect(fold.folded).toBe(false);
	});

	it('works without any storage at all', () => {
		const fold = new TimelineFold(() => null);
		fold.restore();
		fold.toggle();
		expect(fold.folded).toBe(true);
	});

	it('follows its default until the reader chooses, then keeps to the choice', () => {
		const frame = { short: true };
		const fold = new TimelineFold(
			() => null,
			() => frame.short
		);
		expect([fold.folded, fold.chosen]).toEqual([true, false]);
		frame.short = false;
		expect(fold.folded).toBe(false);
		frame.short = true;
		fold.toggle();
		expect([fold.folded, fold.chosen]).toEqual([false, true]);
		frame.short = false;
		fold.toggle();
		expect(fold.folded).toBe(true);
		fold.open();
		fold.open();
		expect([fold.folded, fold.chosen]).toEqual([false, true]);
	});
});
