import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlyInput } from './early-input.ts';
import type { EngineStatus } from './picture-input.svelte.ts';
import { TimelineInput, type InputHost } from './timeline-input.ts';
import type { TimelineHandle } from './vis-adapter.ts';

/** A timeline as the input sees it, logging what it was asked to do. */
function timeline(state: { mounted?: boolean; ready?: boolean; status?: EngineStatus } = {}) {
	const log: string[] = [];
	const page = { mounted: true, ready: false, status: 'loading' as EngineStatus, ...state };
	const handle = {
		zoom: (factor: number) => log.push(`zoom ${factor}`),
		pan: (fraction: number) => log.push(`pan ${fraction}`),
		fit: () => log.push('fit'),
		wheel: (move: object) => log.push(`wheel ${JSON.stringify(move)}`),
		drawingBox: () => ({ left: 100, width: 400 })
	} as unknown as TimelineHandle;
	const host: InputHost = {
		mounted: () => page.mounted,
		ready: () => page.ready,
		status: () => page.status,
		handle: () => (page.status === 'ready' ? handle : null),
		focus: (always) => log.push(always ? 'focus' : 'focus unless elsewhere'),
		onplainwheel: () => log.push('hint'),
		onselect: (id) => log.push(`select ${id}`),
		onstep: (offset) => log.push(`step ${offset}`),
		onkey: (key) => log.push(`key ${key}`)
	};
	return { input: new TimelineInput(host), log, page };
}

function key(name: string, modifiers: Partial<KeyboardEvent> = {}) {
	const event = { key: name, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
	return { ...event, ...modifiers, preventDefault: vi.fn() };
}

/** A click on an element inside a picture item with this id (none for a click off the items). */
function click(pictureId: string | null, modifiers: Partial<MouseEvent> = {}) {
	const target = { closest: () => (pictureId ? { dataset: { pictureId } } : null) };
	const event = { button: 0, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
	return {
		...event,
		target: target as unknown as EventTarget,
		...modifiers,
		preventDefault: vi.fn()
	};
}

describe('TimelineInput: keys and buttons', () => {
	it('steps and jumps at once, whatever the engine is doing', () => {
		for (const status of ['loading', 'ready', 'failed'] as const) {
			const { input, log } = timeline({ status });
			input.keydown(key('ArrowRight'));
			input.keydown(key('Home'));
			input.act({ kind: 'jump', to: 'Enter' });
			expect(log, status).toEqual(['step 1', 'key Home', 'key Enter']);
		}
	});

	it('hands moves to the engine once it is ready', () => {
		const { input, log } = timeline({ status: 'ready' });
		input.keydown(key('+'));
		input.keydown(key('ArrowLeft', { shiftKey: true }));
		input.act({ kind: 'fit' });
		expect(log).toEqual(['zoom 0.5', 'pan -0.2', 'fit']);
	});

	it('keeps moves made while the engine loads, and carries them out in order once it is ready', () => {
		const { input, log, page } = timeline();
		input.act({ kind: 'zoom', factor: 2 });
		input.keydown(key('PageDown'));
		expect(input.waiting.count).toBe(2);
		expect(log).toEqual([]);
		page.status = 'ready';
		input.engineChanged('ready');
		expect(log).toEqual(['zoom 2', 'pan 0.8']);
		expect(input.waiting.count).toBe(0);
	});

	it('drops the moves that waited for an engine that failed, and any made after', () => {
		const { input, log, page } = timeline();
		input.act({ kind: 'zoom', factor: 2 });
		page.status = 'failed';
		input.engineChanged('failed');
		input.act({ kind: 'zoom', factor: 2 });
		expect(input.waiting.count).toBe(0);
		expect(log).toEqual([]);
	});

	it('takes its own keys from the browser, and leaves it the rest', () => {
		const { input, log } = timeline({ status: 'ready' });
		const own = key('-');
		const other = key('a');
		const browsers = key('+', { ctrlKey: true });
		for (const event of [own, other, browsers]) input.keydown(event);
		expect(own.preventDefault).toHaveBeenCalled();
		expect(other.preventDefault).not.toHaveBeenCalled();
		expect(browsers.preventDefault).not.toHaveBeenCalled();
		expect(log).toEqual(['zoom 2']);
	});

	it('leaves every key to the browser until the timeline has mounted', () => {
		const { input, log } = timeline({ mounted: false, status: 'ready' });
		const event = key('+');
		input.keydown(event);
		expect(event.preventDefault).not.toHaveBeenCalled();
		expect(log).toEqual([]);
	});
});

describe('TimelineInput: clicks on the picture', () => {
	it('selects the event clicked, focusing the drawing, instead of following its link', () => {
		const { input, log } = timeline();
		const event = click('zhanaozen');
		input.click(event);
		expect(event.preventDefault).toHaveBeenCalled();
		expect(log).toEqual(['focus', 'select zhanaozen']);
	});

	it('focuses the drawing for a click on a count, which selects nothing', () => {
		const { input, log } = timeline();
		input.click(click('aggregate:|3'));
		expect(log).toEqual(['focus']);
	});

	it('leaves the click to the engine once it has drawn, and to the browser otherwise', () => {
		const cases = [
			[{ ready: true }, click('zhanaozen')],
			[{ mounted: false }, click('zhanaozen')],
			[{}, click('zhanaozen', { metaKey: true })],
			[{}, click('zhanaozen', { button: 1 })],
			[{}, click(null)]
		] as const;
		for (const [state, event] of cases) {
			const { input, log } = timeline(state);
			input.click(event);
			expect(event.preventDefault).not.toHaveBeenCalled();
			expect(log).toEqual([]);
		}
	});
});

describe('TimelineInput: what the picture took before the scripts ran', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('carries it out in order, leaving focus where the reader has put it', () => {
		const early: EarlyInput[] = [
			{ kind: 'select', id: 'zhanaozen' },
			{ kind: 'key', key: '+', shiftKey: false },
			{ kind: 'key', key: 'ArrowLeft', shiftKey: false }
		];
		vi.stubGlobal('window', { kzEarlyInput: early });
		vi.stubGlobal('document', { querySelectorAll: () => [] });
		const { input, log } = timeline();
		input.replay();
		expect(log).toEqual(['focus unless elsewhere', 'select zhanaozen', 'step -1']);
		expect(input.waiting.count).toBe(1);
	});
});

/** A wheel event over the timeline, 100 px into a drawing whose panel starts at 100 px. */
function wheel(change: Partial<WheelEvent>) {
	const event = { deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false };
	return {
		...event,
		clientX: 200,
		...change,
		preventDefault: vi.fn(),
		stopPropagation: vi.fn()
	};
}

describe('TimelineInput: the wheel', () => {
	it('leaves a plain wheel to the page, and asks for the hint', () => {
		const { input, log } = timeline({ status: 'ready' });
		const event = wheel({ deltaY: 100 });
		input.wheel(event);
		expect(event.preventDefault).not.toHaveBeenCalled();
		expect(event.stopPropagation).toHaveBeenCalled();
		expect(log).toEqual(['hint']);
	});

	it('zooms around the pointer with Ctrl or ⌘, and pans with a sideways swipe', () => {
		const { input, log } = timeline({ status: 'ready' });
		const zoom = wheel({ deltaY: -100, ctrlKey: true });
		input.wheel(zoom);
		input.wheel(wheel({ deltaX: 40, deltaY: 5 }));
		expect(zoom.preventDefault).toHaveBeenCalled();
		expect(log).toEqual(['wheel {"factor":0.75,"at":0.25}', 'wheel {"pan":0.1}']);
	});

	it('keeps Ctrl-wheel from zooming the page while the engine loads, and moves nothing', () => {
		const { input, log } = timeline({ status: 'loading' });
		const zoom = wheel({ deltaY: -100, metaKey: true });
		input.wheel(zoom);
		expect(zoom.preventDefault).toHaveBeenCalled();
		expect(log).toEqual([]);
	});

	it("is the browser's alone before the page has mounted", () => {
		const { input, log } = timeline({ mounted: false });
		const zoom = wheel({ deltaY: -100, ctrlKey: true });
		input.wheel(zoom);
		expect(zoom.preventDefault).not.toHaveBeenCalled();
		expect(zoom.stopPropagation).not.toHaveBeenCalled();
		expect(log).toEqual([]);
	});
});
