import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGGREGATE_PREFIX } from './aggregate';
import { replayEarlyInput, type EarlyInput } from './early-input';
import earlyInputScript from './early-input-script.js?raw';
import type { TimelineKeyAction } from './keys';

/** A page where the inline script has kept `input` and marked one picture item. */
function pageWith(input: EarlyInput[] | undefined) {
	const marks = ['data-early-selected'];
	const marked = { removeAttribute: (name: string) => marks.splice(marks.indexOf(name), 1) };
	vi.stubGlobal('window', { kzEarlyInput: input });
	vi.stubGlobal('document', { querySelectorAll: () => (marks.length ? [marked] : []) });
	return marks;
}

function replay() {
	const done: Array<string | TimelineKeyAction> = [];
	replayEarlyInput({ select: (id) => done.push(id), act: (action) => done.push(action) });
	return done;
}

describe('replayEarlyInput', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('carries out the clicks and timeline keys in the order they came, and clears the marks', () => {
		const marks = pageWith([
			{ kind: 'select', id: 'zhanaozen' },
			{ kind: 'key', key: 'ArrowRight', shiftKey: false },
			{ kind: 'key', key: 'ArrowRight', shiftKey: true },
			{ kind: 'key', key: 'Enter', shiftKey: false },
			{ kind: 'key', key: '+', shiftKey: false }
		]);
		expect(replay()).toEqual([
			'zhanaozen',
			{ kind: 'step', offset: 1 },
			{ kind: 'pan', fraction: 0.2 },
			{ kind: 'jump', to: 'Enter' },
			{ kind: 'zoom', factor: 0.5 }
		]);
		expect(marks).toEqual([]);
	});

	it('takes each input once, so a second replay finds nothing', () => {
		pageWith([{ kind: 'select', id: 'zhanaozen' }]);
		expect(replay()).toEqual(['zhanaozen']);
		expect(replay()).toEqual([]);
	});

	it('drops keys that are not the timeline’s', () => {
		pageWith([
			{ kind: 'key', key: 'ArrowLeftish', shiftKey: false },
			{ kind: 'key', key: 'PageDown', shiftKey: false }
		]);
		expect(replay()).toEqual([{ kind: 'pan', fraction: 0.8 }]);
	});

	it('does nothing on a page where the script never ran', () => {
		pageWith(undefined);
		expect(replay()).toEqual([]);
	});
});

describe('the inline script', () => {
	it('leaves alone the aggregate items, by the prefix their ids carry', () => {
		expect(earlyInputScript).toContain(`id.startsWith('${AGGREGATE_PREFIX}')`);
	});
});
