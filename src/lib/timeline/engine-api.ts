import type { VisItem } from './item-sync.ts';
import type { TimeWindow } from './visible-window.ts';

/**
 * The part of vis-timeline the adapter uses, and all of it: vis-adapter.ts hands the real
 * engine over as this, and fake-engine.ts answers the same calls, so that the item mirror and
 * the window mover are tested without a browser.
 */
export interface VisEngine {
	getWindow(): { start: Date | number; end: Date | number };
	/**
	 * Moves the window. `done` runs once the move has ended; never for one that a newer move cut
	 * short, nor for one that changes nothing. (vis-timeline's types leave the callback out.)
	 */
	setWindow(
		start: Date,
		end: Date,
		options: { animation: EngineAnimation },
		done: () => void
	): void;
	/**
	 * The engine's own window, moved as its drags and wheels move it: as the reader's move
	 * (`byUser`), reported settled 200 ms after the last of a run of them.
	 */
	range: {
		setRange(start: number, end: number, options: { animation: false; byUser: true }): void;
		/** The window's ends in milliseconds, as they are now, mid-move included. */
		readonly start: number;
		readonly end: number;
	};
	setSelection(ids: string[]): void;
	setGroups(lanes: LaneStore | undefined): void;
	redraw(): void;
	destroy(): void;
	on<Name extends keyof EngineEvents>(
		event: Name,
		handler: (properties: EngineEvents[Name]) => void
	): void;
	/** component-emitter's, which vis-timeline's types leave out. */
	emit<Name extends keyof EngineEvents>(event: Name, properties: EngineEvents[Name]): void;

	// Keeping an item in view reads where vis-timeline stacked it and how far its rows are
	// scrolled: its public API can centre an item (focus) but not keep it whole in view. These
	// have been stable across its 7.x and 8.x releases.
	itemSet?: {
		items: Record<
			string,
			{ displayed: boolean; top: number | null; height: number | null; parent?: { top: number } }
		>;
	};
	props: {
		top: { height: number };
		center: { height: number };
		centerContainer: { height: number };
	};
	_getScrollTop(): number;
	_setScrollTop(top: number): number;
}

/** What vis-timeline tells its listeners, for the events the adapter listens to. */
export interface EngineEvents {
	/** The window is moving; `byUser` for the reader's drags, wheels and pinches. */
	rangechange: { byUser: boolean };
	/** A move of the window has ended. */
	rangechanged: { start: Date; end: Date; byUser: boolean };
	/**
	 * The reader scrolled the rows, by dragging (verticalDrag). `scroll` was vis-timeline's own
	 * wheel over them, which the timeline now keeps from it (see wheel.ts); listened to still.
	 */
	scroll: unknown;
	verticalDrag: unknown;
	/** The engine has drawn. */
	changed: unknown;
	itemover: { item: unknown };
	itemout: unknown;
	select: { items: string[] };
}

/** How a move of ours animates, in vis-timeline's terms; false for none. */
export type EngineAnimation = { duration: number; easingFunction: 'easeInOutQuad' } | false;

/** The part of the vis-data DataSet the engine draws its items from that the adapter uses. */
export interface ItemStore {
	get(id: string): VisItem | null;
	update(items: VisItem[]): void;
	remove(ids: string[]): void;
	clear(): void;
}

/** One lane as vis-timeline takes it (a group). */
export interface EngineLane {
	id: string;
	content: string;
	style: string;
	order: number;
}

/** The part of the vis-data DataSet the engine draws its lanes from that the adapter uses. */
export interface LaneStore {
	add(lanes: EngineLane[]): void;
	clear(): void;
}

/** What the adapter reads from the engine's drawing in the page. */
export interface EngineDrawing {
	/** The width of the drawing's centre panel, in pixels. */
	widthPx(): number;
	/** Where the centre panel is in the viewport, in pixels. */
	box(): { left: number; width: number };
	/** How wide an item's content is as drawn, before any narrowing; null while it is not drawn. */
	contentPx(id: string): number | null;
	/** Narrows or hides the labels the drawing's edges would cut (see label-layout.ts). */
	fitLabels(): void;
}

/** Everything the item mirror and the window mover work through. */
export interface EngineParts {
	engine: VisEngine;
	items: ItemStore;
	lanes: LaneStore;
	drawing: EngineDrawing;
}

/** The window the engine shows, as dates of our own. */
export function engineWindow(engine: VisEngine): TimeWindow {
	const window = engine.getWindow();
	return { start: new Date(window.start), end: new Date(window.end) };
}
