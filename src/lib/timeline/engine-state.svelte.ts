import { prefersReducedMotion } from 'svelte/motion';
import { loadEngine } from './engine';
import type { TimelineLane } from './item-mirror';
import type { TimelineItemModel } from './items';
import type { TimelineHandle } from './vis-adapter';
import { TIMELINE_BOUNDS, type TimeWindow, type WindowOrigin } from './visible-window';

/** What the engine is created with; read once, as it is created. */
export interface EngineStart {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	window: TimeWindow | null;
	themeStyles: Record<string, string>;
	onselect(id: string | null): void;
	onwindowchange(window: TimeWindow, origin: WindowOrigin): void;
}

/**
 * One timeline's engine as state: loading, drawn, failed, and what the drawing reports back
 * (the item under the pointer, the height of its rows). Timeline.svelte renders from it.
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

	/** The events or lanes changed: the rows are measured afresh. */
	resetRowsHeight() {
		this.rowsHeight = this.#needed;
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
					bounds: TIMELINE_BOUNDS,
					themeStyles: setup.themeStyles,
					onselect: (id) => setup.onselect(id),
					onwindowchange: (next, origin) => {
						this.shown = next;
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
