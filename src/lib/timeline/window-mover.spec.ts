import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MS_PER_DAY, MS_PER_YEAR } from '$lib/model/days.ts';
import { eventItem, fakeParts } from './fake-engine.ts';
import type { ItemFootprint, TimeWindow, WindowOrigin } from './visible-window.ts';
import { WindowMover, type MoverSetup } from './window-mover.ts';

const at = (day: string) => new Date(`${day}T00:00:00Z`);
const opening = { start: at('2000-01-01'), end: at('2002-01-01') };
const bounds = { start: at('1980-01-01'), end: at('2030-01-01') };
const span = (window: TimeWindow) => window.end.getTime() - window.start.getTime();
const days = (window: TimeWindow) => [window.start, window.end].map((date) => date.toISOString());

/** A mover over a fake engine just made, showing `opening`, with events it can follow, and logs. */
function mover(footprints: Record<string, ItemFootprint> = {}, setup: Partial<MoverSetup> = {}) {
	const parts = fakeParts(opening);
	const reports: Array<[string[], WindowOrigin]> = [];
	const refreshed: string[][] = [];
	const windowMover = new WindowMover(
		parts,
		{
			refresh: (window = parts.engine.window) => void refreshed.push(days(window)),
			footprint: (id) => footprints[id] ?? null
		},
		{
			initial: opening,
			bounds,
			zoom: { min: MS_PER_DAY, max: 40 * MS_PER_YEAR },
			onwindowchange: (window, origin) => reports.push([days(window), origin]),
			reducedMotion: () => false,
			...setup
		}
	);
	return { ...parts, mover: windowMover, reports, refreshed };
}

/** The same, once the engine has settled its opening window, with the logs emptied. */
function opened(footprints: Record<string, ItemFootprint> = {}, setup: Partial<MoverSetup> = {}) {
	const made = mover(footprints, setup);
	vi.advanceTimersByTime(200);
	made.reports.length = 0;
	made.refreshed.length = 0;
	made.engine.redraws = 0;
	return made;
}

const later = { start: at('2010-01-01'), labelPx: 100 };

describe('WindowMover: settling', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('tells the engine its first window has settled before it listens', () => {
		const { engine, reports } = mover();
		expect(engine.emitted).toEqual([
			{ event: 'rangechanged', properties: { ...opening, byUser: false } }
		]);
		expect(reports).toEqual([]);
	});

	it('reports the opening window once the engine settles it, and redraws it', () => {
		const { engine, reports, refreshed } = mover();
		vi.advanceTimersByTime(199);
		expect(reports).toEqual([]);
		vi.advanceTimersByTime(1);
		engine.emit('rangechanged', { ...opening, byUser: false });
		expect(reports).toEqual([[days(opening), 'follow']]);
		expect(engine.redraws).toBe(1);
		expect(refreshed).toEqual([days(opening), days(opening)]);
	});

	it('reports a move of ours once, as it ends, and not again when the engine settles it', () => {
		const { engine, mover: moves, reports, refreshed } = opened();
		const chosen = { start: at('2001-01-01'), end: at('2001-07-01') };
		moves.setWindow(chosen.start, chosen.end, false);
		expect(reports).toEqual([[days(chosen), 'follow']]);
		expect(refreshed).toEqual([days(chosen)]);
		vi.advanceTimersByTime(200);
		expect(engine.emitted.at(-1)?.event).toBe('rangechanged');
		expect(reports).toEqual([[days(chosen), 'follow']]);
	});

	it('reports an animated move when its animation has run, as the reader’s', () => {
		const { engine, mover: moves, reports } = opened();
		moves.zoom(0.5, true);
		expect(engine.asked.at(-1)?.animation).toEqual({
			duration: 350,
			easingFunction: 'easeInOutQuad'
		});
		expect(reports).toEqual([]);
		vi.advanceTimersByTime(350);
		expect(reports).toEqual([[days(engine.window), 'reader']]);
		expect(span(engine.window)).toBe(span(opening) / 2);
	});

	it('reports only the newer of two moves, and adds quick zooms up', () => {
		const { engine, mover: moves, reports } = opened();
		moves.zoom(0.5, true);
		vi.advanceTimersByTime(100);
		moves.zoom(0.5, true);
		vi.advanceTimersByTime(350);
		expect(reports).toEqual([[days(engine.window), 'reader']]);
		expect(span(engine.window)).toBe(span(opening) / 4);
	});

	it('does not animate for a reader who asks for less motion', () => {
		const { engine, mover: moves } = opened({}, { reducedMotion: () => true });
		moves.zoom(0.5, true);
		expect(engine.asked.at(-1)?.animation).toBe(false);
	});

	it('reports the reader’s own moves as theirs', () => {
		const { engine, reports } = opened();
		const dragged = { start: at('2003-01-01'), end: at('2005-01-01') };
		engine.readerMoves(dragged);
		expect(reports).toEqual([[days(dragged), 'reader']]);
	});

	it('does not credit the reader with a change that lands while a move of ours settles', () => {
		const { engine, mover: moves, reports } = opened();
		moves.pan(0.5, false);
		const dragged = { start: at('2003-01-01'), end: at('2005-01-01') };
		vi.advanceTimersByTime(449);
		engine.readerMoves(dragged);
		expect(reports.map(([, origin]) => origin)).toEqual(['reader']);
		vi.advanceTimersByTime(1);
		engine.readerMoves(dragged);
		expect(reports.map(([, origin]) => origin)).toEqual(['reader', 'reader']);
	});

	it('keeps every move within the bounds and the zoom limits', () => {
		const { engine, mover: moves } = opened(
			{},
			{ zoom: { min: MS_PER_DAY, max: 5 * MS_PER_YEAR } }
		);
		moves.setWindow(at('1970-01-01'), at('2020-01-01'), false);
		const asked = engine.asked.at(-1)!;
		expect(span(asked)).toBe(5 * MS_PER_YEAR);
		expect(asked.start.getTime()).toBeGreaterThanOrEqual(bounds.start.getTime());
	});

	it('reports nothing once destroyed, though the engine still calls back', () => {
		const { engine, mover: moves, reports, refreshed } = opened();
		moves.zoom(0.5, true);
		moves.destroy();
		engine.destroy();
		vi.advanceTimersByTime(1000);
		expect(reports).toEqual([]);
		expect(refreshed).toEqual([]);
	});
});

describe('WindowMover: moving', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('pans by a fraction of the window, from where a move is heading', () => {
		const { engine, mover: moves } = opened();
		moves.pan(0.5, true);
		moves.pan(0.5, true);
		vi.advanceTimersByTime(350);
		expect(engine.window.start.getTime()).toBe(opening.start.getTime() + span(opening));
	});

	it('fits every event, and says so', () => {
		const { engine, mover: moves, reports } = opened();
		moves.fit([eventItem('one', '1991-01-01'), eventItem('two', '2011-01-01')], false);
		expect(engine.window.start.getTime()).toBeLessThan(at('1991-01-01').getTime());
		expect(engine.window.end.getTime()).toBeGreaterThan(at('2011-01-01').getTime());
		expect(reports.at(-1)?.[1]).toBe('fit');
	});

	it('frames one event, and zooms into a count the reader chose', () => {
		const { engine, mover: moves, reports } = opened();
		moves.zoomTo({ start: at('2005-03-01'), labelPx: 100, fit: 'day' }, false);
		expect(engine.window.start.getTime()).toBeLessThanOrEqual(at('2005-03-01').getTime());
		expect(engine.window.end.getTime()).toBeGreaterThan(at('2005-03-01').getTime());
		const count = { start: at('2007-01-01'), end: at('2008-01-01') };
		moves.zoomInto(count);
		vi.advanceTimersByTime(350);
		expect(days(engine.window)).toEqual(days(count));
		expect(reports.map(([, origin]) => origin)).toEqual(['reader', 'reader']);
	});

	it("zooms a wheel around the pointer, as the reader's move, and stops at the narrowest", () => {
		const { engine, mover: moves, reports } = opened();
		const pointed = opening.start.getTime() + span(opening) / 4;
		moves.wheel({ factor: 0.5, at: 0.25 });
		expect(span(engine.window)).toBe(span(opening) / 2);
		expect(engine.window.start.getTime() + span(engine.window) / 4).toBe(pointed);
		expect(reports.at(-1)?.[1]).toBe('reader');
		const narrowest = { start: at('2001-01-01'), end: at('2001-01-02') };
		engine.readerMoves(narrowest);
		reports.length = 0;
		moves.wheel({ factor: 0.5, at: 0.9 });
		expect(days(engine.window)).toEqual(days(narrowest));
		expect(reports).toEqual([]);
	});

	it('pans a sideways swipe, inside the bounds', () => {
		const { engine, mover: moves } = opened();
		moves.wheel({ pan: -0.25 });
		expect(engine.window.start.getTime()).toBe(opening.start.getTime() - span(opening) / 4);
		moves.wheel({ pan: -100 });
		expect(days(engine.window)[0]).toBe(bounds.start.toISOString());
	});

	it('zooms around the event it follows', () => {
		const nearEdge = { start: at('2000-02-01'), labelPx: 100 };
		const { engine, mover: moves } = opened({ nearEdge });
		moves.follow('nearEdge', false);
		moves.zoom(0.25, false);
		expect(engine.window.start.getTime()).toBeLessThan(nearEdge.start.getTime());
		expect(engine.window.end.getTime()).toBeGreaterThan(nearEdge.start.getTime());
	});
});

describe('WindowMover: following', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('brings the event it follows into view, as a move of its own', () => {
		const { engine, mover: moves, reports } = opened({ later });
		moves.follow('later', false);
		expect(engine.window.end.getTime()).toBeGreaterThan(later.start.getTime());
		expect(reports).toEqual([[days(engine.window), 'follow']]);
	});

	it('scrolls the rows to the event it follows, once it is drawn in the window', () => {
		const inside = { start: at('2001-01-01'), labelPx: 100 };
		const { engine, mover: moves } = opened({ inside });
		moves.follow('inside', false);
		expect(engine.scrollTop).toBe(0);
		engine.props.center.height = 1000;
		engine.stack('inside', 500);
		engine.emit('changed', {});
		expect(engine.scrollTop).toBe(-(500 + 24 + 6 - 200));
		expect(engine.redraws).toBe(1);
	});

	it('stops following once the reader moves the window or scrolls the rows', () => {
		for (const reader of ['drag', 'scroll', 'verticalDrag'] as const) {
			const { engine, mover: moves } = opened({ later });
			moves.follow('later', false);
			vi.advanceTimersByTime(1000);
			if (reader === 'drag') engine.readerMoves(opening);
			else {
				engine.window = opening;
				engine.emit(reader, {});
			}
			const asked = engine.asked.length;
			engine.emit('changed', {});
			expect(engine.asked.length, reader).toBe(asked);
			moves.request(false);
			expect(engine.asked.length, reader).toBe(asked + 1);
		}
	});

	it('waits for a move to settle, even one that changes nothing, before following', () => {
		const { engine, mover: moves } = opened({ later });
		moves.setWindow(opening.start, opening.end, false);
		moves.follow('later', false);
		expect(engine.asked).toHaveLength(1);
		vi.advanceTimersByTime(700);
		expect(engine.asked).toHaveLength(2);
		expect(engine.window.end.getTime()).toBeGreaterThan(later.start.getTime());
	});
});
