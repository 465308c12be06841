import { MS_PER_DAY } from '$lib/model/days.ts';
import { prefersReducedMotion } from 'svelte/motion';
import { loadEngine } from './engine.ts';
import type { TimelineLane } from './item-mirror.ts';
import type { TimelineItemModel } from './items.ts';
import type { TimelineHandle } from './vis-adapter.ts';
import type { TimeWindow, WindowOrigin } from './visible-window.ts';

/** What the engine is created with; read once, as it is created. */
export interface EngineStart {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	window: TimeWindow | null;
	/** How far the reader may pan, and how wide a window may grow, in ms (`timelineRange`). */
	range: { bounds: TimeWindow; widest: number };
	themeStyles: Record<string, string>;
	onselect(id: string | null): void;
	onwindowchange(window: TimeWindow, origin: WindowOrigin): void;
}

/** A window as the times of its edges, in milliseconds. */
interface WindowTimes {
	start: number;
	end: number;
}

/** The address keeps whole days, so windows within a day of each other are the same. */
function sameDays(a: WindowTimes | null, b: WindowTimes): boolean {
	return (
		a !== null && Math.abs(a.start - b.start) < MS_PER_DAY && Math.abs(a.end - b.end) < MS_PER_DAY
	);
}

/**
 * One timeline's engine as state: loading, drawn, failed, and what the drawing reports back
 * (the item under the pointer, the height of its rows, the window shown). Timeline.svelte
 * renders from it.
 */
export class EngineState {
	handle = $state<TimelineHandle | null>(null);
	failed = $state(false);
	/** vis-timeline keeps itself hidden until its first window has settled. */
	drawn = $state(false);
	/** The window shown, as last reported; null until drawn. */
	shown = $state<TimeWindow | null>(null);
	/** The event under the pointer, if any. */
	hovered = $state<string | null>(null);
	/**
	 * The height the axis and the stacked rows have needed, in pixels, since the events or lanes
	 * last changed; 0 until drawn. It only grows meanwhile, so that a drawing sized by it does not
	 * jump up and down as the window pans and the rows restack.
	 */
	rowsHeight = $state(0);
	#needed = 0;
	/** The window the engine last reported, so that echoing it back through the URL is a no-op. */
	#reported: WindowTimes | null = null;
	/**
	 * The window last asked for. The same days asked for again (the address rewritten for a
	 * selection or a search) are no new request: the timeline may have followed the reader since.
	 */
	#asked: WindowTimes | null = null;

	/** The events or lanes changed: the rows are measured afresh. */
	resetRowsHeight() {
		this.rowsHeight = this.#needed;
	}

	/** Shows the window the page asks for (from the address), unless it is no new request. */
	showWindow(window: TimeWindow) {
		if (!this.handle) return;
		const asked = { start: window.start.getTime(), end: window.end.getTime() };
		if (sameDays(this.#asked, asked)) return;
		this.#asked = asked;
		if (sameDays(this.#reported, asked)) return;
		this.#reported = asked;
		this.handle.setWindow(window.start, window.end, false);
	}

	/** The engine has settled on a window and says so. */
	reported(window: TimeWindow) {
		this.#reported = { start: window.start.getTime(), end: window.end.getTime() };
		this.shown = window;
	}

	/** Loads the engine and draws into `container`; returns the teardown, for onMount. */
	mount(
		container: HTMLElement,
		start: () => EngineStart,
		onready: (handle: TimelineHandle) => void
	) {
		let destroyed = false;
		let created: TimelineHandle | null = null;
		loadEngine()
			.then(({ createTimeline }) => {
				const setup = start();
				return createTimeline(container, {
					items: setup.items,
					lanes: setup.lanes,
					window: setup.window,
					bounds: setup.range.bounds,
					widest: setup.range.widest,
					themeStyles: setup.themeStyles,
					onselect: (id) => setup.onselect(id),
					onwindowchange: (next, origin) => {
						this.reported(next);
						setup.onwindowchange(next, origin);
					},
					onhover: (id) => (this.hovered = id),
					onrowsheight: (height) => {
						this.#needed = height;
						if (height > this.rowsHeight) this.rowsHeight = height;
					},
					ondrawn: () => (this.drawn = true),
					reducedMotion: () => prefersReducedMotion.current
				});
			})
			.then((timeline) => {
				if (destroyed) return timeline.destroy();
				created = timeline;
				this.handle = timeline;
				onready(timeline);
			})
			.catch((error) => {
				console.error(error);
				this.failed = true;
			});
		return () => {
			destroyed = true;
			created?.destroy();
			this.handle = null;
		};
	}
}
