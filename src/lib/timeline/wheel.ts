/**
 * What a turn of the wheel over the timeline asks for, as embedded maps answer it: a plain wheel
 * scrolls the page, Ctrl or ⌘ with it zooms around the pointer (a trackpad pinch arrives as a
 * Ctrl-wheel), and a sideways swipe pans.
 */
export type WheelAction =
	| { kind: 'zoom'; factor: number; at: number }
	| { kind: 'pan'; fraction: number }
	| { kind: 'page' };

export type WheelTurn = Pick<
	WheelEvent,
	'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey' | 'metaKey' | 'clientX'
>;

/** Lines and pages in pixels, as browsers scroll them. */
const LINE_PX = 40;
const PAGE_PX = 800;
/** One notch of a mouse wheel (100 px in Chromium and Firefox) zooms by a quarter, as before. */
const NOTCH_PX = 100;
const NOTCH_FACTOR = 4 / 3;
/** A fast flick zooms no more than this in one event. */
const MOST_PER_TURN = 2;

function pixels(delta: number, mode: number): number {
	return mode === 1 ? delta * LINE_PX : mode === 2 ? delta * PAGE_PX : delta;
}

/**
 * The action for one wheel event over a drawing `widthPx` wide whose left edge is at `leftPx`
 * in the viewport. The zoom's anchor `at` is the pointer's place across it, from 0 to 1.
 */
export function wheelAction(turn: WheelTurn, leftPx: number, widthPx: number): WheelAction {
	const x = pixels(turn.deltaX, turn.deltaMode);
	const y = pixels(turn.deltaY, turn.deltaMode);
	if (turn.ctrlKey || turn.metaKey) {
		if (y === 0 || widthPx <= 0) return { kind: 'zoom', factor: 1, at: 0.5 };
		const factor = Math.min(
			MOST_PER_TURN,
			Math.max(1 / MOST_PER_TURN, NOTCH_FACTOR ** (y / NOTCH_PX))
		);
		const at = Math.min(1, Math.max(0, (turn.clientX - leftPx) / widthPx));
		return { kind: 'zoom', factor, at };
	}
	if (Math.abs(x) > Math.abs(y) && widthPx > 0) return { kind: 'pan', fraction: x / widthPx };
	return { kind: 'page' };
}

/** The key named in "Use Ctrl + scroll to zoom": ⌘ on Apple's systems. */
export function zoomKeyName(platform: string): 'Ctrl' | '⌘' {
	return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}
