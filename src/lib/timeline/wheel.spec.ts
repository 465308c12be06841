import { describe, expect, it } from 'vitest';
import { wheelAction, zoomKeyName, type WheelTurn } from './wheel.ts';

const turn = (change: Partial<WheelTurn>): WheelTurn => ({
	deltaX: 0,
	deltaY: 0,
	deltaMode: 0,
	ctrlKey: false,
	metaKey: false,
	clientX: 150,
	...change
});

describe('wheelAction', () => {
	it('leaves a plain wheel to the page', () => {
		expect(wheelAction(turn({ deltaY: 100 }), 100, 400)).toEqual({ kind: 'page' });
		expect(wheelAction(turn({ deltaY: -3, deltaMode: 1 }), 100, 400)).toEqual({ kind: 'page' });
	});

	it('zooms with Ctrl or ⌘, around the pointer: in as the wheel turns up, out as it turns down', () => {
		const zoomIn = wheelAction(turn({ deltaY: -100, ctrlKey: true, clientX: 200 }), 100, 400);
		expect(zoomIn).toEqual({ kind: 'zoom', factor: 0.75, at: 0.25 });
		const zoomOut = wheelAction(turn({ deltaY: 100, metaKey: true, clientX: 500 }), 100, 400);
		expect(zoomOut.kind === 'zoom' && zoomOut.factor).toBeCloseTo(4 / 3);
		expect(zoomOut).toMatchObject({ at: 1 });
	});

	it('zooms a pinch by its small steps, and a flick by no more than twice', () => {
		const pinch = wheelAction(turn({ deltaY: -5, ctrlKey: true }), 0, 400);
		expect(pinch.kind === 'zoom' && pinch.factor).toBeCloseTo((4 / 3) ** -0.05);
		const flick = wheelAction(turn({ deltaY: 3, deltaMode: 2, ctrlKey: true }), 0, 400);
		expect(flick).toMatchObject({ kind: 'zoom', factor: 2 });
	});

	it('pans by what a sideways swipe moved, as a share of the drawing', () => {
		expect(wheelAction(turn({ deltaX: 80, deltaY: 10 }), 0, 400)).toEqual({
			kind: 'pan',
			fraction: 0.2
		});
		expect(wheelAction(turn({ deltaX: -2, deltaMode: 1 }), 0, 400)).toEqual({
			kind: 'pan',
			fraction: -0.2
		});
	});

	it('does nothing odd with a drawing that has no width yet', () => {
		expect(wheelAction(turn({ deltaY: -100, ctrlKey: true }), 0, 0)).toEqual({
			kind: 'zoom',
			factor: 1,
			at: 0.5
		});
		expect(wheelAction(turn({ deltaX: 50 }), 0, 0)).toEqual({ kind: 'page' });
	});
});

describe('zoomKeyName', () => {
	it('names ⌘ on Apple systems and Ctrl elsewhere', () => {
		expect(zoomKeyName('MacIntel')).toBe('⌘');
		expect(zoomKeyName('iPad')).toBe('⌘');
		expect(zoomKeyName('macOS')).toBe('⌘');
		expect(zoomKeyName('Linux x86_64')).toBe('Ctrl');
		expect(zoomKeyName('Win32')).toBe('Ctrl');
		expect(zoomKeyName('')).toBe('Ctrl');
	});
});
