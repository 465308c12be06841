import { afterEach, describe, expect, it, vi } from 'vitest';
import { newTimeline, type MadeTimeline } from './made-timeline.ts';
import { Maker, TYPING_STEP_MS, UNDO_STEPS } from './maker.svelte.ts';
import type { TimelineShelf } from './timeline-store.ts';

/** A shelf whose writes finish only when the test says so. */
function slowShelf() {
	const writes: Array<{ made: MadeTimeline; finish: (kept: boolean) => void }> = [];
	const shelf: TimelineShelf = {
		notKept: null,
		list: async () => [],
		get: async () => undefined,
		put: (made) => new Promise((resolve) => writes.push({ made, finish: resolve })),
		remove: async () => {}
	};
	return { shelf, writes };
}

const titled = (made: MadeTimeline, title: string) => ({ ...made, title });

afterEach(() => vi.useRealTimers());

describe('the timeline being made', () => {
	it('says "Saved" only once what is on screen is written, not an older copy', async () => {
		vi.useFakeTimers();
		const { shelf, writes } = slowShelf();
		const maker = new Maker(newTimeline('t', 0), shelf, true);
		maker.change(titled(maker.made, 'First'));
		expect(maker.saveState).toBe('saving');
		await vi.advanceTimersByTimeAsync(300);
		expect(writes.map((write) => write.made.title)).toEqual(['First']);
		maker.change(titled(maker.made, 'Second'));
		writes[0]!.finish(true);
		await vi.advanceTimersByTimeAsync(0);
		expect(maker.saveState).toBe('saving');
		await vi.advanceTimersByTimeAsync(300);
		writes[1]!.finish(true);
		await vi.advanceTimersByTimeAsync(0);
		expect(writes[1]!.made.title).toBe('Second');
		expect(maker.saveState).toBe('saved');
	});

	it('says nothing is kept when a write is refused, and saves nothing in a second tab', async () => {
		vi.useFakeTimers();
		const { shelf, writes } = slowShelf();
		const maker = new Maker(newTimeline('t', 0), shelf, true);
		maker.change(titled(maker.made, 'First'));
		await vi.advanceTimersByTimeAsync(300);
		writes[0]!.finish(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(maker.saveState).toBe('not-kept');

		const second = new Maker(newTimeline('t', 0), shelf, false);
		second.change(titled(second.made, 'Elsewhere'));
		await vi.advanceTimersByTimeAsync(300);
		await second.save();
		expect(writes).toHaveLength(1);
		expect(second.saveState).toBe('other-tab');
	});

	it(`undoes and redoes, ${UNDO_STEPS} steps back at most`, () => {
		const maker = new Maker(newTimeline('t', 0), slowShelf().shelf, true);
		for (let step = 1; step <= UNDO_STEPS + 5; step++)
			maker.change(titled(maker.made, `Step ${step}`));
		for (let step = 0; step < UNDO_STEPS + 5; step++) maker.undo();
		expect(maker.made.title).toBe('Step 5');
		expect(maker.canUndo).toBe(false);
		maker.redo();
		expect(maker.made.title).toBe('Step 6');
		maker.change(titled(maker.made, 'A new branch'));
		expect(maker.canRedo).toBe(false);
	});

	it('undoes typing in one field a pause at a time, not a letter at a time', () => {
		vi.useFakeTimers();
		const maker = new Maker(newTimeline('t', 0), slowShelf().shelf, true);
		for (const title of ['E', 'El', 'Ele']) {
			maker.change(titled(maker.made, title), 'title');
			vi.advanceTimersByTime(200);
		}
		vi.advanceTimersByTime(TYPING_STEP_MS);
		for (const title of ['Ele ', 'Ele s']) maker.change(titled(maker.made, title), 'title');
		// Another field, or a change that is not typing, is a step of its own.
		maker.change({ ...maker.made, lesson: { steps: [] } }, 'lesson');
		maker.change(titled(maker.made, 'Ele st'), 'title');
		maker.change(titled(maker.made, 'Accepted'));
		maker.change(titled(maker.made, 'Accepted, then typed'), 'title');

		const undone: string[] = [];
		while (maker.canUndo) {
			maker.undo();
			undone.push(maker.made.title);
		}
		expect(undone).toEqual(['Accepted', 'Ele st', 'Ele s', 'Ele s', 'Ele', '']);
		// Redo walks the same steps forward, and typing after an undo starts a new one.
		maker.redo();
		expect(maker.made.title).toBe('Ele');
		maker.change(titled(maker.made, 'Elec'), 'title');
		maker.undo();
		expect(maker.made.title).toBe('Ele');
	});
});
