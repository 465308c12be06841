import {
	keepInWindow,
	scrollToRow,
	type ItemFootprint,
	type RowView,
	type TimeWindow,
	type ViewGeometry
} from './visible-window';

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
 * Keeps one item (the selected event, or the one being read) whole in view: its window, once any
 * move under way has settled, and its row, each time the engine stacks the rows again (it
 * restacks whenever the window moves, so a row can change under a still item). The reader's own
 * drags, wheels and scrolls are theirs: following pauses until it is asked for again.
 */
export function createFollower(engine: FollowEngine) {
	let focus: string | null = null;
	/** A window check owed once the move under way settles. */
	let windowOwed = false;
	let animateNext = false;
	let paused = false;

	function keepWindow() {
		windowOwed = false;
		if (!focus) return;
		const item = engine.footprint(focus);
		if (!item) return;
		const now = engine.window();
		const next = keepInWindow(now, item, engine.geometry());
		if (next !== now) engine.move(next, animateNext);
		else keepRow();
	}

	function keepRow() {
		if (!focus || paused || engine.moving()) return;
		const row = engine.row(focus);
		if (!row) return;
		const offset = scrollToRow(row, engine.rows(), ROW_MARGIN_PX);
		if (offset !== null) engine.scrollRows(offset);
	}

	function pause() {
		paused = true;
		windowOwed = false;
	}

	/** Checks the window now, or once the move under way has settled. */
	function request(animate: boolean) {
		paused = false;
		animateNext = animate;
		windowOwed = true;
		if (!engine.moving()) keepWindow();
	}

	return {
		get focus(): string | null {
			return focus;
		},
		/** Keeps `id` in view from now on; null keeps nothing. */
		follow(id: string | null, animate: boolean) {
			focus = id;
			request(animate);
		},
		/** Checks again, after the items, the lanes or the window changed for another reason. */
		request,
		/** A move of the window has settled; `byReader` when the reader made it (a drag, a wheel). */
		settled(byReader: boolean) {
			if (byReader) pause();
			else if (windowOwed) keepWindow();
			else keepRow();
		},
		/** The engine has drawn again, its rows perhaps stacked differently. */
		drawn() {
			keepRow();
		},
		/** The reader is moving the window or scrolling the rows themselves. */
		pause
	};
}
