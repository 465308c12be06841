import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '$lib/model/days.ts';
import { createFollower, type FollowEngine } from './follow.ts';
import type { ItemFootprint, TimeWindow } from './visible-window.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An engine on paper: a 1,000-pixel drawing, rows 200 px high, and a log of what it was asked. */
function fakeEngine(items: Record<string, ItemFootprint & { top: number }>) {
	const log: string[] = [];
	const state = {
		window: { start: at('2000-01-01'), end: at('2010-01-01') } as TimeWindow,
		offset: 0,
		moving: false,
		widthPx: 1000
	};
	const engine: FollowEngine = {
		window: () => state.window,
		geometry: () => ({
			widthPx: state.widthPx,
			marginPx: 10,
			bounds: { start: at('1980-01-01'), end: at('2025-01-01') },
			minSpan: MS_PER_DAY
		}),
		footprint: (id) => items[id] ?? null,
		row: (id) => (items[id] ? { top: items[id].top, height: 24 } : null),
		rows: () => ({ offset: state.offset, height: 200, contentHeight: 1000 }),
		scrollRows(offset) {
			log.push(`scroll ${offset}`);
			state.offset = offset;
		},
		move(window, animate) {
			log.push(`move${animate ? ' animated' : ''}`);
			state.window = window;
			state.moving = true;
		},
		moving: () => state.moving
	};
	return { engine, log, state };
}

const inside = { start: at('2005-01-01'), labelPx: 100, top: 20 };
const lowRow = { start: at('2005-01-01'), labelPx: 100, top: 500 };
const later = { start: at('2014-01-01'), labelPx: 100, top: 40 };

describe('createFollower', () => {
	it('leaves the window and rows alone when the item is in view', () => {
		const { engine, log } = fakeEngine({ inside });
		createFollower(engine).follow('inside', true);
		expect(log).toEqual([]);
	});

	it('moves nothing while the drawing is hidden, and brings the item in once it shows', () => {
		const { engine, log, state } = fakeEngine({ later });
		state.widthPx = 0;
		const follower = createFollower(engine);
		follower.follow('later', true);
		expect(log).toEqual([]);
		state.widthPx = 1000;
		follower.request(false);
		expect(log).toEqual(['move']);
		expect(state.window.end.getTime()).toBeGreaterThan(later.start.getTime());
	});

	it('scrolls the rows to an item in the window but in a row out of sight', () => {
		const { engine, log, state } = fakeEngine({ lowRow });
		createFollower(engine).follow('lowRow', true);
		expect(log).toEqual([`scroll ${500 + 24 + 6 - 200}`]);
		expect(state.offset).toBe(330);
	});

	it('moves the window to an item outside it, then its row once the move has settled', () => {
		const { engine, log, state } = fakeEngine({ later: { ...later, top: 600 } });
		const follower = createFollower(engine);
		follower.follow('later', true);
		expect(log).toEqual(['move animated']);
		// No row is scrolled mid-move: the engine stacks the rows again once it gets there.
		follower.drawn();
		expect(log).toEqual(['move animated']);
		state.moving = false;
		follower.settled(false);
		expect(log).toEqual(['move animated', `scroll ${600 + 24 + 6 - 200}`]);
	});

	it('waits for a move under way before checking the window', () => {
		const { engine, log, state } = fakeEngine({ later });
		state.moving = true;
		const follower = createFollower(engine);
		follower.follow('later', false);
		expect(log).toEqual([]);
		state.moving = false;
		follower.settled(false);
		expect(log).toEqual(['move']);
	});

	it('pauses while the reader moves things themselves, until asked again', () => {
		const { engine, log, state } = fakeEngine({ lowRow });
		const follower = createFollower(engine);
		follower.follow('lowRow', false);
		expect(log).toEqual(['scroll 330']);
		// The reader scrolls the rows back to the top: that is theirs to do.
		follower.pause();
		state.offset = 0;
		follower.drawn();
		follower.settled(false);
		expect(log).toEqual(['scroll 330']);
		// A window the reader moved also pauses it.
		follower.request(false);
		expect(log).toEqual(['scroll 330', 'scroll 330']);
		state.offset = 0;
		follower.settled(true);
		follower.drawn();
		expect(log).toEqual(['scroll 330', 'scroll 330']);
	});

	it('checks again each time the engine draws: an item wider than reckoned is brought in', () => {
		const wide = { start: at('2009-06-01'), labelPx: 10, top: 20 };
		const { engine, log } = fakeEngine({ wide });
		const follower = createFollower(engine);
		follower.follow('wide', false);
		expect(log).toEqual([]);
		// Drawn, its label measures 300 px, and runs past the right edge.
		wide.labelPx = 300;
		follower.drawn();
		expect(log).toEqual(['move']);
	});

	it('does not ask again for a window the engine would not show', () => {
		const { engine, log } = fakeEngine({ later });
		engine.move = (_window, animate) => log.push(`move${animate ? ' animated' : ''}`);
		const follower = createFollower(engine);
		follower.follow('later', false);
		follower.drawn();
		follower.settled(false);
		expect(log).toEqual(['move']);
		// Asked for afresh, it tries once more.
		follower.request(false);
		expect(log).toEqual(['move', 'move']);
	});

	it('follows nothing for an unknown item or none', () => {
		const { engine, log } = fakeEngine({});
		const follower = createFollower(engine);
		follower.follow('nowhere', true);
		follower.follow(null, true);
		follower.drawn();
		expect(log).toEqual([]);
		expect(follower.focus).toBeNull();
	});
});
