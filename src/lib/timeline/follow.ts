import {
	keepInWindow,
	scrollToRow,
	type ItemFootprint,
	type RowView,
	type TimeWindow,
	type ViewGeometry
} from './visible-window.ts';

/** What keeping an item in view asks of the engine (vis-adapter.ts answers for vis-timeline). */
export interface FollowEngine {
	window(): TimeWindow;
	geometry(): ViewGeometry;
	/** Where the item lies and how wide its label is; null for an item the engine does not have. */
	footprint(id: string): ItemFootprint | null;
	/** The item's stacked row, in pixels from the top of the rows; null while it is not drawn. */
	row(id: string): { top: number; height: number } | null;
	rows(): RowView;
	scrollRows(offset: number): void;
	/** Moves the window, as a move of the timeline's own (not the reader's). */
	move(window: TimeWindow, animate: boolean): void;
	/** Whether a move of the window is still under way. */
	moving(): boolean;
}

/** Room kept above and below a row scrolled into view, as the engine spaces its rows. */
const ROW_MARGIN_PX = 6;

export type Follower = ReturnType<typeof createFollower>;

/**
 * Keeps one item (the selected event, or the one being read) whole in view: its window, and
 * with the window still, its row. It checks whenever asked, whenever a move of the window has
 * settled and whenever the engine has drawn (it restacks the rows each time the window moves,
 * so a row can change under a still item, and an item drawn for the first time may turn out
 * wider than was reckoned). The reader's own drags, wheels, pans and scrolls are theirs:
 * following pauses until it is asked for again.
 */
export function createFollower(engine: FollowEngine) {
	let focus: string | null = null;
	let animate = false;
	let paused = false;
	/** The last window moved to, so that an engine that cannot show it is not asked again. */
	let asked: TimeWindow | null = null;

	function keep() {
		if (!focus || paused || engine.moving()) return;
		const item = engine.footprint(focus);
		if (!item) return;
		const view = engine.geometry();
		// A hidden drawing (a phone's folded timeline) has no room to keep anything in view; it
		// is asked again once it shows.
		if (view.widthPx <= 0) return;
		const now = engine.window();
		const next = keepInWindow(now, item, view);
		if (next !== now && !sameWindow(next, asked)) {
			asked = next;
			engine.move(next, animate);
			return;
		}
		const row = engine.row(focus);
		if (!row) return;
		const offset = scrollToRow(row, engine.rows(), ROW_MARGIN_PX);
		if (offset !== null) engine.scrollRows(offset);
	}

	/** Checks now (or once the move under way has settled), resuming after a pause. */
	function request(animated: boolean) {
		paused = false;
		animate = animated;
		asked = null;
		keep();
	}

	return {
		get focus(): string | null {
			return focus;
		},
		/** Keeps `id` in view from now on; null keeps nothing. */
		follow(id: string | null, animated: boolean) {
			focus = id;
			request(animated);
		},
		/** Checks again, after the items, the lanes or the window changed for another reason. */
		request,
		/** A move of the window has settled; `byReader` when the reader made it. */
		settled(byReader: boolean) {
			if (byReader) paused = true;
			else keep();
		},
		/** The engine has drawn again, its rows perhaps stacked differently. */
		drawn: keep,
		/** The reader is moving the window or scrolling the rows themselves. */
		pause() {
			paused = true;
		}
	};
}

function sameWindow(a: TimeWindow, b: TimeWindow | null): boolean {
	return (
		b !== null &&
		Math.abs(a.start.getTime() - b.start.getTime()) < 1 &&
		Math.abs(a.end.getTime() - b.end.getTime()) < 1
	);
}
