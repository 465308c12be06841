/**
 * Longer than an animated move (350 ms) and than the 200 ms vis-timeline waits after an
 * un-animated one before it reports the change as settled.
 */
const SETTLE_MS = 450;

/**
 * Tells our own moves of the window from the reader's, for `onwindowchange(window, origin)`.
 * vis-timeline marks the moves we ask for as not `byUser` and the reader's drags, wheels and
 * pinches as `byUser`; but one of the reader's that lands while our move is still under way
 * settles at a window that is partly ours. So for a short while after each move we start,
 * every change of window counts as ours, erring towards not crediting the reader with it.
 */
export function programmaticMoves(settleMs = SETTLE_MS) {
	let running = 0;
	return {
		/** Makes one move of our own. */
		run(move: () => void) {
			running++;
			try {
				move();
			} finally {
				setTimeout(() => (running = Math.max(0, running - 1)), settleMs);
			}
		},
		/** Whether a change of window now may be one of ours. */
		get active() {
			return running > 0;
		}
	};
}
