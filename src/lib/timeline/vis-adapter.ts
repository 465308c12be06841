import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { EngineDrawing, EngineLane, VisEngine } from './engine-api.ts';
import { engineOptions, ZOOM_MIN } from './engine-options.ts';
import { ItemMirror, type TimelineLane } from './item-mirror.ts';
import type { VisItem } from './item-sync.ts';
import type { TimelineItemModel } from './items.ts';
import { fitEdgeLabels, naturalWidth } from './label-layout.ts';
import { fitWindow, type TimeWindow, type WindowOrigin } from './visible-window.ts';
import { WindowMover } from './window-mover.ts';

/**
 * The only module that runs vis-timeline (engine-options.ts borrows its types); everything else
 * talks to this handle. It wires two parts over the engine: what the engine holds
 * (item-mirror.ts) and moving and settling its window (window-mover.ts). It is loaded as one
 * dynamic import (see Timeline.svelte), so the engine arrives with it in parallel.
 */
export interface TimelineHandle {
	setItems(items: TimelineItemModel[]): void;
	setLanes(lanes: TimelineLane[] | null): void;
	setSelection(id: string | null): void;
	/** Marks the event being read in the narrative, apart from the selection. */
	setCurrent(id: string | null): void;
	/**
	 * The event to keep whole in view, its window and its row, from now on (the selected one, or
	 * the one being read); null for none. Zooming centres on it.
	 */
	setFocus(id: string | null, animate: boolean): void;
	/** Shows a window the reader chose before (from the address). */
	setWindow(start: Date, end: Date, animate: boolean): void;
	getWindow(): TimeWindow;
	/** factor < 1 zooms in, > 1 zooms out, around the focus (or the centre without one). */
	zoom(factor: number, animate: boolean): void;
	/** Frames one event as its date's precision asks (see fitToEvent). */
	zoomTo(id: string, animate: boolean): void;
	/** Moves the window by a fraction of its width; negative is earlier. */
	pan(fraction: number, animate: boolean): void;
	/** The reader's wheel: a zoom around the point `at` across the drawing, or a sideways pan. */
	wheel(move: { factor: number; at: number } | { pan: number }): void;
	/** Where the drawing's centre panel is in the viewport, in pixels. */
	drawingBox(): { left: number; width: number };
	/** Shows every item: the default view. */
	fit(animate: boolean): void;
	/** The box drawn into changed size. */
	resized(): void;
	destroy(): void;
}

export interface TimelineSetup {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	/** The window to open at; the whole range of items when absent. */
	window: TimeWindow | null;
	/** How far the reader may pan. */
	bounds: TimeWindow;
	/** The widest window, in milliseconds. */
	widest: number;
	/** Inline style per theme id, giving items their colour. */
	themeStyles: Record<string, string>;
	onselect(id: string | null): void;
	/** Called once a change of window has settled. */
	onwindowchange(window: TimeWindow, origin: WindowOrigin): void;
	/** Called as the pointer enters an event's item (its id) and leaves it (null). */
	onhover?(id: string | null): void;
	/** Called when the height the axis and the stacked rows need changes, in pixels. */
	onrowsheight?(height: number): void;
	/** Called once the engine shows its first drawing; until then it keeps itself hidden. */
	ondrawn?(): void;
	/** Whether the reader asks for less motion; asked at each move, so a change applies at once. */
	reducedMotion(): boolean;
}

export function createTimeline(container: HTMLElement, setup: TimelineSetup): TimelineHandle {
	const items = new DataSet<VisItem>();
	const lanes = new DataSet<EngineLane>();
	const initial = setup.window ?? fitWindow(setup.items, setup.bounds);
	const zoom = { min: ZOOM_MIN, max: setup.widest };
	const options = engineOptions({
		initial,
		bounds: setup.bounds,
		zoom,
		// The engine may stack its first rows while it is being made, before it can be asked.
		shownMs: () =>
			made
				? engine.range.end - engine.range.start
				: initial.end.getTime() - initial.start.getTime(),
		ondrawn: () => setup.ondrawn?.()
	});
	let made = false;
	const engine = new Timeline(container, items, options) as unknown as VisEngine;
	made = true;
	const parts = { engine, items, lanes, drawing: domDrawing(container) };

	// The mirror draws the first window's items before the mover announces that window settled.
	const mirror = new ItemMirror(parts, {
		items: setup.items,
		lanes: setup.lanes,
		themeStyles: setup.themeStyles,
		onselect: (id) => setup.onselect(id),
		oncount: (count) => mover.zoomInto(count),
		onhover: (id) => setup.onhover?.(id),
		onrowsheight: (height) => setup.onrowsheight?.(height)
	});
	const mover = new WindowMover(parts, mirror, {
		initial,
		bounds: setup.bounds,
		zoom,
		onwindowchange: (window, origin) => setup.onwindowchange(window, origin),
		reducedMotion: () => setup.reducedMotion()
	});

	// vis-timeline notices a drawing shown again (a phone's timeline unfolded) only at its next
	// check, up to a second later. Its redraw also lets the follower look again for the event it
	// follows, which a hidden drawing keeps nothing in view for, unless the reader paused it.
	let hidden = false;
	const visibility = new ResizeObserver(([entry]) => {
		const nowHidden = (entry?.contentRect.width ?? 0) === 0;
		if (hidden && !nowHidden) engine.redraw();
		hidden = nowHidden;
	});
	visibility.observe(container);

	return {
		setItems(list) {
			mirror.setItems(list);
			mover.request(false);
		},
		setLanes(list) {
			if (mirror.setLanes(list)) mover.request(false);
		},
		setSelection: (id) => mirror.setSelection(id),
		setCurrent: (id) => mirror.setCurrent(id),
		setFocus: (id, animate) => mover.follow(mirror.setFocus(id), animate),
		setWindow: (start, end, animate) => mover.setWindow(start, end, animate),
		getWindow: () => mover.window(),
		zoom: (factor, animate) => mover.zoom(factor, animate),
		zoomTo(id, animate) {
			const model = mirror.model(id);
			const item = mirror.footprint(id);
			if (model && item) mover.zoomTo({ ...item, fit: model.fit }, animate);
		},
		pan: (fraction, animate) => mover.pan(fraction, animate),
		wheel: (move) => mover.wheel(move),
		drawingBox: () => parts.drawing.box(),
		fit: (animate) => mover.fit(mirror.models, animate),
		// The redraw's 'changed' lets the follower look again, unless the reader paused it:
		// rows grow as a pan or zoom brings denser ones in, and must not undo that move.
		resized: () => engine.redraw(),
		destroy() {
			visibility.disconnect();
			mover.destroy();
			engine.destroy();
			mirror.destroy();
		}
	};
}

/** The engine's drawing as the page holds it: its centre panel and its items' labels. */
function domDrawing(container: HTMLElement): EngineDrawing {
	const panel = () => container.querySelector<HTMLElement>('.vis-panel.vis-center');
	return {
		widthPx: () => panel()?.clientWidth || container.clientWidth,
		box() {
			const { left, width } = (panel() ?? container).getBoundingClientRect();
			return { left, width };
		},
		contentPx(id) {
			const content = container.querySelector<HTMLElement>(
				`.vis-item[data-id="${CSS.escape(id)}"] .kz-item-content`
			);
			return content ? naturalWidth(content) : null;
		},
		fitLabels() {
			const drawing = panel();
			if (drawing) fitEdgeLabels(drawing);
		}
	};
}
