import { describe, expect, it } from 'vitest';
import type { TimelineKeyAction } from './keys.ts';
import {
	isPlainClick,
	pictureItemId,
	routeTimelineAction,
	WaitingMoves,
	type EngineMove
} from './picture-input.svelte.ts';

const step: TimelineKeyAction = { kind: 'step', offset: 1 };
const jump: TimelineKeyAction = { kind: 'jump', to: 'Enter' };
const zoom: EngineMove = { kind: 'zoom', factor: 0.5 };
const pan: EngineMove = { kind: 'pan', fraction: -0.2 };

describe('routeTimelineAction', () => {
	it('lets the page step, jump and open whatever the engine is doing', () => {
		for (const engine of ['loading', 'ready', 'failed'] as const) {
			expect(routeTimelineAction(step, engine)).toBe('page');
			expect(routeTimelineAction(jump, engine)).toBe('page');
		}
	});

	it('hands moves to the engine once ready, holds them while it loads, drops them if it failed', () => {
		for (const move of [zoom, pan, { kind: 'fit' } as const]) {
			expect(routeTimelineAction(move, 'ready')).toBe('engine');
			expect(routeTimelineAction(move, 'loading')).toBe('wait');
			expect(routeTimelineAction(move, 'failed')).toBe('drop');
		}
	});
});

describe('pictureItemId', () => {
	/** Enough of an element for closest(): a chain of parents with data sets. */
	function element(dataset: Record<string, string>, parent: unknown = null): Element {
		const self = {
			dataset,
			closest(selector: string): unknown {
				expect(selector).toBe('[data-picture-id]');
				return 'pictureId' in dataset
					? self
					: ((parent as { closest?: (s: string) => unknown } | null)?.closest?.(selector) ?? null);
			}
		};
		return self as unknown as Element;
	}

	it('finds the item from any of its parts', () => {
		const label = element({ pictureId: 'zhanaozen' });
		expect(pictureItemId(element({}, label))).toBe('zhanaozen');
		expect(pictureItemId(label)).toBe('zhanaozen');
	});

	it('is null off the items, or for a target that is not an element', () => {
		expect(pictureItemId(element({}))).toBeNull();
		expect(pictureItemId(null)).toBeNull();
		expect(pictureItemId({} as EventTarget)).toBeNull();
	});
});

describe('isPlainClick', () => {
	const plain = { button: 0, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };

	it('leaves the middle button and modified clicks to the browser', () => {
		expect(isPlainClick(plain)).toBe(true);
		expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
		for (const key of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) {
			expect(isPlainClick({ ...plain, [key]: true })).toBe(false);
		}
	});
});

describe('WaitingMoves', () => {
	it('hands over what waited, in order, once', () => {
		const waiting = new WaitingMoves();
		waiting.add(zoom);
		waiting.add(pan);
		expect(waiting.count).toBe(2);
		const applied: EngineMove[] = [];
		waiting.flush((move) => applied.push(move));
		expect(applied).toEqual([zoom, pan]);
		expect(waiting.count).toBe(0);
		waiting.flush((move) => applied.push(move));
		expect(applied).toHaveLength(2);
	});

	it('forgets what waited when cleared', () => {
		const waiting = new WaitingMoves();
		waiting.add(zoom);
		waiting.clear();
		expect(waiting.count).toBe(0);
	});
});
