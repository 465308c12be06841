import { describe, expect, it } from 'vitest';
import { timelineKeyAction } from './keys.ts';

const plain = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };

describe('timelineKeyAction', () => {
	it('zooms in with + and =, out with - and _', () => {
		expect(timelineKeyAction('+', plain)).toEqual({ kind: 'zoom', factor: 0.5 });
		expect(timelineKeyAction('=', plain)).toEqual({ kind: 'zoom', factor: 0.5 });
		expect(timelineKeyAction('-', plain)).toEqual({ kind: 'zoom', factor: 2 });
		expect(timelineKeyAction('_', plain)).toEqual({ kind: 'zoom', factor: 2 });
	});

	it('steps with the side arrows, and pans with them when Shift is held', () => {
		expect(timelineKeyAction('ArrowLeft', plain)).toEqual({ kind: 'step', offset: -1 });
		expect(timelineKeyAction('ArrowRight', plain)).toEqual({ kind: 'step', offset: 1 });
		const shift = { ...plain, shiftKey: true };
		expect(timelineKeyAction('ArrowLeft', shift)).toEqual({ kind: 'pan', fraction: -0.2 });
		expect(timelineKeyAction('ArrowRight', shift)).toEqual({ kind: 'pan', fraction: 0.2 });
	});

	it('pans a little with up and down, and most of a window with the page keys', () => {
		expect(timelineKeyAction('ArrowUp', plain)).toEqual({ kind: 'pan', fraction: -0.2 });
		expect(timelineKeyAction('ArrowDown', plain)).toEqual({ kind: 'pan', fraction: 0.2 });
		expect(timelineKeyAction('PageUp', plain)).toEqual({ kind: 'pan', fraction: -0.8 });
		expect(timelineKeyAction('PageDown', plain)).toEqual({ kind: 'pan', fraction: 0.8 });
	});

	it('jumps with Home, End and Enter, and fits everything with 0', () => {
		for (const key of ['Home', 'End', 'Enter'] as const)
			expect(timelineKeyAction(key, plain)).toEqual({ kind: 'jump', to: key });
		expect(timelineKeyAction('0', plain)).toEqual({ kind: 'fit' });
	});

	it('leaves the browser its own shortcuts and ignores other keys', () => {
		for (const modifier of ['altKey', 'ctrlKey', 'metaKey'])
			expect(timelineKeyAction('+', { ...plain, [modifier]: true }), modifier).toBeNull();
		expect(timelineKeyAction('a', plain)).toBeNull();
		expect(timelineKeyAction('Tab', plain)).toBeNull();
	});
});
