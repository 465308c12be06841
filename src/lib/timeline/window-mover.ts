import { engineWindow, type EngineAnimation, type EngineParts } from './engine-api.ts';
import { createFollower, type Follower } from './follow.ts';
import type { ItemMirror } from './item-mirror.ts';
import type { TimelineItemModel } from './items.ts';
import { programmaticMoves } from './programmatic-moves.ts';
import {
	clampWindow,
	EDGE_MARGIN_PX,
	fitToEvent,
	fitWindow,
	panWindow,
	zoomAround,
	zoomAtPoint,
	type EventFit,
	type ItemFootprint,
	type TimeWindow,
	type ViewGeometry,
	type WindowOrigin
} from './visible-window.ts';

export interface MoverSetup {
	/** The window the engine opened at. */
	initial: TimeWindow;
	/** How far the reader may pan. */
	bounds: TimeWindow;
	/** The narrowest and the widest window the engine shows, in milliseconds. */
	zoom: { min: number; max: number };
	/** Called once a change of window has settled, with who changed it. */
	onwindowchange(window: TimeWindow, origin: WindowOrigin): void;
	/** Whether the reader asks for less motion; asked at each move, so a change applies at once. */
	reducedMotion(): boolean;
}

/** The longest a move of ours takes to be reported settled (animation, then the engine's wait). */
const MOVE_SETTLE_MS = 700;

/**
 * Moves the engine's window and reports each change once it has settled, telling the reader's
 * moves from ours; and keeps the focused event in view (see follow.ts) between the moves.
 */
export class WindowMover {
	readonly #parts: EngineParts;
	/** What to draw for a window, and where an event lies (the item mirror answers). */
	readonly #items: Pick<ItemMirror, 'refresh' | 'footprint'>;
	readonly #setup: MoverSetup;
	readonly #follower: Follower;
	readonly #ownMoves = programmaticMoves();
	/** Where an animated move is heading, so that quick repeated zooms add up. */
	#heading: TimeWindow | null = null;
	#moving = false;
	#movingTimer: ReturnType<typeof setTimeout> | undefined;
	/** Set once the timeline is gone: vis-timeline may still call back after that. */
	#destroyed = false;
	#firstRangeChange = true;

	constructor(
		parts: EngineParts,
		items: Pick<ItemMirror, 'refresh' | 'footprint'>,
		setup: MoverSetup
	) {
		this.#parts = parts;
		this.#items = items;
		this.#setup = setup;
		const { engine } = parts;
		this.#follower = createFollower({
			window: () => this.window(),
			geometry: () => this.#geometry(),
			footprint: (id) => items.footprint(id),
			row(id) {
				const item = engine.itemSet?.items[id];
				if (!item?.displayed || item.top === null || item.height === null) return null;
				return { top: (item.parent?.top ?? 0) + item.top, height: item.height };
			},
			rows: () => ({
				offset: -engine._getScrollTop(),
				height: engine.props.centerContainer.height,
				contentHeight: engine.props.center.height
			}),
			scrollRows(offset) {
				engine._setScrollTop(-offset);
				engine.redraw();
			},
			move: (window, animate) => this.moveTo(window, animate, 'follow'),
			moving: () => this.#moving
		});

		// vis-timeline shows nothing until its first window has "settled", which it announces
		// 200 ms after setting it. The first window is ours and is already settled: say so now,
		// before listening, so that it shows its first drawing.
		engine.emit('rangechanged', {
			start: setup.initial.start,
			end: setup.initial.end,
			byUser: false
		});
		engine.on('rangechange', ({ byUser }) => {
			if (byUser && !this.#ownMoves.active) this.#follower.pause();
		});
		engine.on('rangechanged', ({ start, end, byUser }) =>
			this.#rangeChanged({ start, end }, byUser)
		);
		// The reader scrolling the rows, by dragging (the wheel is the page's, or zooms).
		engine.on('scroll', () => this.#follower.pause());
		engine.on('verticalDrag', () => this.#follower.pause());
		engine.on('changed', () => this.#follower.drawn());
	}

	window(): TimeWindow {
		return engineWindow(this.#parts.engine);
	}

	/**
	 * Moves the window, as `by` asked, and reports it when the move has ended: vis-timeline calls
	 * back then, and never for a move that a newer one cut short. Its own `rangechanged` serves
	 * only the reader's moves: after an unanimated move of ours it comes 200 ms late, when a newer
	 * move may be under way, and would pass the older window off as the newer one.
	 */
	moveTo(window: TimeWindow, animate: boolean, by: WindowOrigin) {
		const { bounds, zoom } = this.#setup;
		// Exactly what the engine will show, so that it is not asked for what it cannot do.
		const { start, end } = clampWindow(window, bounds, zoom.min, zoom.max);
		const animation = this.#animation(animate);
		this.#heading = animation ? { start, end } : null;
		this.#moving = true;
		clearTimeout(this.#movingTimer);
		// A move that changes nothing is never called back.
		this.#movingTimer = setTimeout(() => this.#settle(false), MOVE_SETTLE_MS);
		this.#ownMoves.run(() =>
			this.#parts.engine.setWindow(start, end, { animation }, () => {
				// vis-timeline's animation timer outlives destroy(): a late callback finds no page.
				if (this.#destroyed) return;
				const shown = this.window();
				this.#items.refresh(shown);
				this.#setup.onwindowchange(shown, by);
				this.#settle(false);
			})
		);
	}

	/** Shows a window the reader chose before (from the address). */
	setWindow(start: Date, end: Date, animate: boolean) {
		this.moveTo({ start, end }, animate, 'follow');
		this.#follower.request(false);
	}

	/** Keeps `id` whole in view from now on; null keeps nothing. */
	follow(id: string | null, animate: boolean) {
		this.#follower.follow(id, animate);
	}

	/** Looks again whether the event followed is in view, after the items or lanes changed. */
	request(animate: boolean) {
		this.#follower.request(animate);
	}

	/** factor < 1 zooms in, > 1 zooms out, around the event followed (or the centre without one). */
	zoom(factor: number, animate: boolean) {
		const focus = this.#follower.focus;
		const around = focus ? this.#items.footprint(focus) : null;
		this.moveTo(
			zoomAround(this.#baseWindow(), factor, around, this.#geometry()),
			animate,
			'reader'
		);
		this.#follower.request(false);
	}

	/**
	 * The reader's wheel or pinch zooms by `factor` around the point `at` across the drawing (0 to
	 * 1), or a sideways swipe pans by `pan` of its width: moved as the engine's own wheel moves
	 * it, so that a run of turns is reported once, as the reader's, when it has settled.
	 */
	wheel(move: { factor: number; at: number } | { pan: number }) {
		const { bounds, zoom } = this.#setup;
		const shown = this.window();
		const next =
			'pan' in move
				? panWindow(shown, move.pan)
				: zoomAtPoint(shown, move.factor, move.at, zoom.min, zoom.max);
		if (!next) return;
		// The engine's move cuts short an animated one of ours, which will never arrive.
		this.#heading = null;
		const { start, end } = clampWindow(next, bounds, zoom.min, zoom.max);
		this.#parts.engine.range.setRange(start.getTime(), end.getTime(), {
			animation: false,
			byUser: true
		});
	}

	/** Frames one event as its date's precision asks (see fitToEvent). */
	zoomTo(event: ItemFootprint & { fit: EventFit }, animate: boolean) {
		this.moveTo(fitToEvent(event, this.#geometry()), animate, 'reader');
		this.#follower.request(false);
	}

	/** Zooms into the extent of a count the reader chose: the events it stands for. */
	zoomInto(count: TimeWindow) {
		this.#follower.pause();
		this.moveTo(count, true, 'reader');
	}

	/** Moves the window by a fraction of its width; negative is earlier. */
	pan(fraction: number, animate: boolean) {
		// The reader looks elsewhere: the timeline no longer pulls back to the focus.
		this.#follower.pause();
		this.moveTo(panWindow(this.#baseWindow(), fraction), animate, 'reader');
	}

	/** Shows every event: the default view. */
	fit(models: readonly TimelineItemModel[], animate: boolean) {
		this.moveTo(fitWindow(models, this.#setup.bounds), animate, 'fit');
		this.#follower.request(animate);
	}

	destroy() {
		this.#destroyed = true;
		clearTimeout(this.#movingTimer);
	}

	#animation(animate: boolean): EngineAnimation {
		return animate && !this.#setup.reducedMotion()
			? { duration: 350, easingFunction: 'easeInOutQuad' }
			: false;
	}

	/** The window a relative move starts from: the current one, or where it is heading. */
	#baseWindow(): TimeWindow {
		return this.#heading ?? this.window();
	}

	#geometry(): ViewGeometry {
		return {
			widthPx: this.#parts.drawing.widthPx(),
			marginPx: EDGE_MARGIN_PX,
			bounds: this.#setup.bounds,
			minSpan: this.#setup.zoom.min
		};
	}

	#rangeChanged(window: TimeWindow, byUser: boolean) {
		// vis-timeline stays hidden until a redraw that follows its first range change. That
		// redraw is not its own doing: in a page where nothing else redraws (an embed in a quiet
		// host page), the timeline would stay blank.
		if (this.#firstRangeChange) {
			this.#firstRangeChange = false;
			this.#parts.engine.redraw();
			// The window it opened at, for whoever shows it; not one the reader chose.
			this.#setup.onwindowchange(window, 'follow');
		}
		this.#items.refresh(window);
		// Moves of ours are reported as they end (see moveTo).
		if (!byUser || this.#ownMoves.active) return;
		this.#setup.onwindowchange(window, 'reader');
		this.#settle(true);
	}

	#settle(byReader: boolean) {
		if (this.#destroyed) return;
		clearTimeout(this.#movingTimer);
		this.#moving = false;
		this.#heading = null;
		this.#follower.settled(byReader);
	}
}
