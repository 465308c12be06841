import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderWalk, type WalkView } from './reader-walk.svelte.ts';

const order = ['a', 'b', 'c'].map((id) => ({ id }));

/** A walk over `order` whose selection is a plain variable, and a view that records its calls. */
function walkWith({ selected = null as string | null, restored = false, reducedMotion = false }) {
	const calls: string[] = [];
	const state = { selected };
	const walk = new ReaderWalk({
		order: () => order,
		selected: () => state.selected,
		choose: (id) => {
			calls.push(`choose ${id}`);
			state.selected = id;
		},
		describe: (id) => `At ${id}.`,
		restored: () => restored,
		reducedMotion: () => reducedMotion
	});
	const view: WalkView = {
		hold: (id) => {
			calls.push(`hold ${id}`);
			return () => calls.push(`settle ${id}`);
		},
		reveal: (id, glide) => calls.push(`reveal ${id} ${glide ? 'glide' : 'jump'}`),
		focus: (id) => calls.push(`focus ${id}`)
	};
	const detach = walk.attach(view);
	return { walk, state, calls, detach };
}

describe('ReaderWalk: selecting', () => {
	it('chooses the entry and comes to it', () => {
		const { walk, calls } = walkWith({});
		walk.select('b');
		expect(calls).toEqual(['choose b']);
		expect(walk.focusId).toBe('b');
	});

	it('keeps an entry the story selected in place while the entries change', () => {
		const { walk, calls } = walkWith({});
		walk.select('b', 'story');
		expect(calls).toEqual(['hold b', 'choose b', 'settle b']);
	});

	it('keeps the selected entry in place as its details close, and leaves the focus', () => {
		const { walk, calls } = walkWith({ selected: 'b' });
		walk.reading.read('c');
		walk.select(null);
		expect(calls).toEqual(['hold b', 'choose null', 'settle b']);
		expect(walk.focusId).toBe('c');
	});

	it('holds back the entries passed on the way to a new selection', () => {
		const { walk } = walkWith({});
		walk.reading.read('a');
		walk.select('c');
		walk.reading.read('b');
		expect(walk.focusId).toBe('c');
		walk.reading.read('c');
		walk.reading.read('b');
		expect(walk.focusId).toBe('b');
	});
});

describe('ReaderWalk: stepping and jumping', () => {
	it('steps from the selected entry, and stops at either end', () => {
		const { walk, state } = walkWith({ selected: 'b' });
		walk.step(1);
		expect(state.selected).toBe('c');
		walk.step(1);
		expect(state.selected).toBe('c');
		walk.step(-1);
		walk.step(-1);
		walk.step(-1);
		expect(state.selected).toBe('a');
	});

	it('steps from the entry being read when none is selected', () => {
		const { walk, state } = walkWith({});
		walk.reading.read('b');
		expect(walk.currentId).toBe('b');
		walk.step(-1);
		expect(state.selected).toBe('a');
	});

	it('starts at the first or the last entry from nowhere', () => {
		const forward = walkWith({});
		forward.walk.step(1);
		expect(forward.state.selected).toBe('a');
		const back = walkWith({});
		back.walk.step(-1);
		expect(back.state.selected).toBe('c');
	});

	it('jumps to the first and the last entry', () => {
		const { walk, state } = walkWith({ selected: 'b' });
		walk.jump('End');
		expect(state.selected).toBe('c');
		walk.jump('Home');
		expect(state.selected).toBe('a');
	});

	it('selects the entry being read on Enter, or else the first', () => {
		const reading = walkWith({});
		reading.walk.reading.read('b');
		reading.walk.jump('Enter');
		expect(reading.state.selected).toBe('b');
		const fresh = walkWith({});
		fresh.walk.jump('Enter');
		expect(fresh.state.selected).toBe('a');
	});

	it('goes into the selected entry on Enter', () => {
		const { walk, calls } = walkWith({ selected: 'b' });
		walk.jump('Enter');
		expect(calls).toEqual(['focus b']);
	});
});

describe('ReaderWalk: arriving', () => {
	it('announces the entry, jumps there with the page, and glides there after', () => {
		const { walk, calls } = walkWith({});
		walk.arrive('b');
		expect(walk.announcement).toBe('At b.');
		expect(walk.focusId).toBe('b');
		walk.arrive('c');
		expect(calls).toEqual(['reveal b jump', 'reveal c glide']);
	});

	it('glides to the first selection after a page that arrived with none', () => {
		const { walk, calls } = walkWith({});
		walk.arrive(null);
		walk.arrive('a');
		expect(calls).toEqual(['reveal a glide']);
	});

	it('jumps again once the entries are new', () => {
		const { walk, calls } = walkWith({});
		walk.arrive('a');
		walk.begin();
		walk.arrive('b');
		expect(calls).toEqual(['reveal a jump', 'reveal b jump']);
	});

	it('never glides for a reader who prefers less motion', () => {
		const { walk, calls } = walkWith({ reducedMotion: true });
		walk.arrive(null);
		walk.arrive('a');
		expect(calls).toEqual(['reveal a jump']);
	});

	it('does not scroll to an entry the story selected, only the next one', () => {
		const { walk, calls } = walkWith({});
		walk.select('b', 'story');
		walk.arrive('b');
		walk.arrive('c');
		expect(calls).toEqual(['hold b', 'choose b', 'settle b', 'reveal c glide']);
		expect(walk.announcement).toBe('At c.');
	});

	it('does not scroll where the browser put the page back', () => {
		const { walk, calls } = walkWith({ restored: true });
		walk.arrive('b');
		expect(calls).toEqual([]);
		expect(walk.announcement).toBe('At b.');
	});

	it('asks nothing of a view once it is detached', () => {
		const { walk, calls, detach } = walkWith({});
		detach();
		walk.arrive('b');
		walk.select('c', 'story');
		expect(calls).toEqual(['choose c']);
	});
});

describe('ReaderWalk: Back and Forward', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('returns to an entry after the browser has put its scroll back, jumping, and reads nothing passed on the way', () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
			frames.push(callback)
		);
		const read: (string | null)[] = [];
		const state = { selected: 'a' as string | null };
		const walk = new ReaderWalk({
			order: () => order,
			selected: () => state.selected,
			choose: (id) => (state.selected = id),
			onread: (id) => read.push(id),
			reducedMotion: () => false
		});
		const calls: string[] = [];
		walk.attach({ reveal: (id, glide) => calls.push(`reveal ${id} ${glide ? 'glide' : 'jump'}`) });
		walk.arrive('a');
		state.selected = 'c';
		walk.returnTo('c');
		walk.reading.read('b');
		expect(calls).toEqual(['reveal a jump']);
		frames.shift()!(0);
		expect(calls).toEqual(['reveal a jump', 'reveal c jump']);
		walk.reading.read('c');
		expect(read).toEqual(['c']);
	});
});
