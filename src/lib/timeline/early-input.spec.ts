import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGGREGATE_PREFIX } from './aggregate.ts';
import { replayEarlyInput, type EarlyInput } from './early-input.ts';
import earlyInputScript from './early-input-script.js?raw';
import { timelineKeyAction, type TimelineKeyAction } from './keys.ts';

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
	afterEach(() => vi.unstubAllGlobals());

	/** A picture item in a page whose timeline has not mounted: closest() finds it. */
	class FakeElement {
		isConnected = true;
		parentElement = { querySelectorAll: () => [this] };
		constructor(readonly id: string) {}
		closest() {
			return this;
		}
		getAttribute() {
			return this.id;
		}
		setAttribute() {}
	}

	/** Runs the script as the page's head would, and gives its listeners and what it keeps. */
	function runScript(focused: FakeElement | null = null) {
		const listeners: Record<string, (event: object) => void> = {};
		vi.stubGlobal('Element', FakeElement);
		vi.stubGlobal('HTMLAnchorElement', class {});
		vi.stubGlobal('window', {});
		vi.stubGlobal('document', { activeElement: focused, querySelectorAll: () => [] });
		vi.stubGlobal('addEventListener', (type: string, listener: (event: object) => void) => {
			listeners[type] = listener;
		});
		new Function(earlyInputScript)();
		return { listeners, input: window.kzEarlyInput! };
	}
	const noModifiers = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };

	it('keeps exactly the keys the timeline acts on, and stops their default', () => {
		const { listeners, input } = runScript(new FakeElement('zhanaozen'));
		const keys = ['+', '=', '-', '_', '0', '1', 'a', 'j', ' ', 'Tab', 'Escape', 'Shift'];
		keys.push('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown');
		keys.push('Home', 'End', 'Enter', 'Backspace', 'Delete');
		const stopped: string[] = [];
		for (const key of keys) {
			listeners.keydown!({ key, ...noModifiers, preventDefault: () => stopped.push(key) });
		}
		const acted = keys.filter((key) => timelineKeyAction(key, noModifiers) !== null);
		expect(input.map((entry) => (entry.kind === 'key' ? entry.key : entry.id))).toEqual(acted);
		expect(stopped).toEqual(acted);
	});

	it('leaves keys with Alt, Ctrl or Meta to the browser', () => {
		const { listeners, input } = runScript(new FakeElement('zhanaozen'));
		for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
			listeners.keydown!({ key: 'ArrowRight', ...noModifiers, [modifier]: true });
		}
		expect(input).toEqual([]);
	});

	it('keeps a plain click on an event, and not one on a count', () => {
		const { listeners, input } = runScript();
		const click = (id: string, modifiers = {}) =>
			listeners.click!({
				target: new FakeElement(id),
				button: 0,
				...noModifiers,
				...modifiers,
				preventDefault() {}
			});
		click(`${AGGREGATE_PREFIX}1990`);
		click('zhanaozen', { ctrlKey: true });
		click('zhanaozen', { shiftKey: true });
		click('zhanaozen');
		expect(input).toEqual([{ kind: 'select', id: 'zhanaozen' }]);
	});
});
