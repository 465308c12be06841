import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {
	AGGREGATE_PREFIX,
	ENGINE_BUDGET,
	isAggregate,
	itemsForWindow,
	type AggregateModel
} from './aggregate';
import { engineOptions, ZOOM_MAX, ZOOM_MIN } from './engine-options';
import { createFollower } from './follow';
import { itemSignature, syncItems, toVisItem, type ItemSync, type VisItem } from './item-sync';
import type { TimelineItemModel } from './items';
import { fitEdgeLabels, naturalWidth } from './label-fit';
import { labelPixels } from './preview';
import { programmaticMoves } from './programmatic-moves';
import {
	clampWindow,
	fitToEvent,
	fitWindow,
	panWindow,
	zoomAround,
	type ItemFootprint,
	type TimeWindow,
	type ViewGeometry,
	type WindowOrigin
} from './visible-window';

/**
 * The only module that runs vis-timeline (engine-options.ts borrows its types); everything else
 * talks to this handle. It is glue: the arithmetic it applies lives in visible-window.ts,
 * follow.ts, label-fit.ts and item-sync.ts. It is loaded as one dynamic import (see
 * Timeline.svelte), so the engine arrives with it in parallel. It runs past 300 lines because
 * every call into vis-timeline, and every read of its state, is kept here and nowhere else.
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
	/** Shows every item: the default view. */
	fit(animate: boolean): void;
	/** The box drawn into changed size. */
	resized(): void;
	destroy(): void;
}

export interface TimelineLane {
	id: string;
	label: string;
	style: string;
}

export type { WindowOrigin } from './visible-window';

export interface TimelineSetup {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	/** The window to open at; the whole range of items when absent. */
	window: TimeWindow | null;
	/** How far the reader may pan. */
	bounds: TimeWindow;
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

/**
 * The parts of vis-timeline's own state that keeping an item in view reads: where it stacked an
 * item, and how far its rows are scrolled. Its public API can centre an item (focus) but not
 * keep it whole in view; these have been stable across its 7.x and 8.x releases.
 */
interface EngineInternals {
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

/** Room kept between an item kept in view and the edges of the drawing, in pixels. */
const EDGE_MARGIN_PX = 12;
/** How far a label starts right of its item's start: past a dot, or inside a bar's padding. */
const LABEL_OFFSET_PX = 8;
/** The longest a move of ours takes to be reported settled (animation, then the engine's wait). */
const MOVE_SETTLE_MS = 700;

/** What a set of lanes looks like, to tell a change from the same lanes given again. */
function laneKey(lanes: TimelineLane[] | null): string {
	return JSON.stringify(lanes?.map((lane) => [lane.id, lane.label, lane.style]) ?? null);
}

export function createTimeline(container: HTMLElement, setup: TimelineSetup): TimelineHandle {
	let all = setup.items;
	let models = new Map(all.map((item) => [item.id, item]));
	let current: string | null = null;
	let selected: string | null = null;
	let lanesOn = setup.lanes !== null;
	let lanesKey = laneKey(setup.lanes);
	/** The event kept in view (see setFocus). */
	let focus: string | null = null;
	/** What the engine holds, by id, with a signature to skip updates that change nothing. */
	const shown = new Map<string, string>();
	const items = new DataSet<VisItem>();
	const groups = new DataSet<{ id: string; content: string; style: string; order: number }>();

	const visItem = (model: TimelineItemModel | AggregateModel) =>
		toVisItem(model, { lanes: lanesOn, currentId: current, themeStyles: setup.themeStyles });
	/** Hands the engine what changed, and remembers what it now holds. */
	const apply = ({ remove, update }: ItemSync) => {
		for (const id of remove) shown.delete(id);
		// An item the engine is handed afresh has forgotten it was selected.
		const reselect = selected !== null && !shown.has(selected);
		for (const item of update) shown.set(item.id, itemSignature(item));
		if (remove.length > 0) items.remove(remove);
		if (update.length > 0) items.update(update);
		if (reselect && shown.has(selected!)) timeline.setSelection([selected!]);
	};

	/** Hands the engine what the window needs, changing only what differs. */
	const refresh = (window: TimeWindow) => {
		const keep = [selected, current, focus].filter((id): id is string => id !== null);
		const next = itemsForWindow(all, window, {
			...ENGINE_BUDGET,
			lanes: lanesOn,
			// The selection, the event being read and the one kept in view are drawn on their own.
			keep: new Set(keep)
		}).map(visItem);
		apply(syncItems(shown, next));
	};

	const initial = setup.window ?? fitWindow(all, setup.bounds);
	const timeline = new Timeline(
		container,
		items,
		engineOptions({ initial, bounds: setup.bounds, ondrawn: () => setup.ondrawn?.() })
	);
	const engine = timeline as unknown as EngineInternals;
	const panel = () => container.querySelector<HTMLElement>('.vis-panel.vis-center');

	const ownMoves = programmaticMoves();
	/** Where an animated move is heading, so that quick repeated zooms add up. */
	let heading: TimeWindow | null = null;
	let moving = false;
	let movingTimer: ReturnType<typeof setTimeout> | undefined;
	/** Set once the timeline is gone: vis-timeline may still call back after that. */
	let destroyed = false;

	const animation = (animate: boolean) =>
		animate && !setup.reducedMotion()
			? { duration: 350, easingFunction: 'easeInOutQuad' as const }
			: false;
	// vis-timeline calls back once a move has ended; its types leave the callback out.
	const setRange = timeline.setWindow.bind(timeline) as (
		start: Date,
		end: Date,
		options: { animation: ReturnType<typeof animation> },
		done: () => void
	) => void;

	/**
	 * Moves the window, as `by` asked, and reports it when the move has ended: vis-timeline calls
	 * back then, and never for a move that a newer one cut short. Its own `rangechanged` serves
	 * only the reader's moves: after an unanimated move of ours it comes 200 ms late, when a newer
	 * move may be under way, and would pass the older window off as the newer one.
	 */
	function moveTo(window: TimeWindow, animate: boolean, by: WindowOrigin) {
		// Exactly what the engine will show, so that it is not asked for what it cannot do.
		const { start, end } = clampWindow(window, setup.bounds, ZOOM_MIN, ZOOM_MAX);
		heading = animation(animate) ? { start, end } : null;
		moving = true;
		clearTimeout(movingTimer);
		// A move that changes nothing is never called back.
		movingTimer = setTimeout(() => settle(false), MOVE_SETTLE_MS);
		ownMoves.run(() =>
			setRange(start, end, { animation: animation(animate) }, () => {
				// vis-timeline's animation timer outlives destroy(): a late callback finds no page.
				if (destroyed) return;
				const shown = getWindow();
				refresh(shown);
				setup.onwindowchange(shown, by);
				settle(false);
			})
		);
	}

	const getWindow = () => {
		const window = timeline.getWindow();
		return { start: new Date(window.start), end: new Date(window.end) };
	};
	/** The window a relative move starts from: the current one, or where it is heading. */
	const baseWindow = () => heading ?? getWindow();

	const geometry = (): ViewGeometry => ({
		widthPx: panel()?.clientWidth || container.clientWidth,
		marginPx: EDGE_MARGIN_PX,
		bounds: setup.bounds,
		minSpan: ZOOM_MIN
	});

	function footprint(id: string): ItemFootprint | null {
		const model = models.get(id);
		if (!model) return null;
		const content = container.querySelector<HTMLElement>(
			`.vis-item[data-id="${CSS.escape(id)}"] .kz-item-content`
		);
		const labelPx = (content ? naturalWidth(content) : labelPixels(model)) + LABEL_OFFSET_PX;
		return { start: model.start, end: model.end, labelPx };
	}

	const follower = createFollower({
		window: getWindow,
		geometry,
		footprint,
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
			timeline.redraw();
		},
		move: (window, animate) => moveTo(window, animate, 'follow'),
		moving: () => moving
	});

	refresh(getWindow());
	if (setup.lanes) setLaneGroups(setup.lanes);
	// vis-timeline shows nothing until its first window has "settled", which it announces 200 ms
	// after setting it. The first window is ours and is already settled: say so now, so that it
	// shows its first drawing (emit is component-emitter's, untyped in vis-timeline's types).
	(timeline as unknown as { emit(event: string, properties: object): void }).emit('rangechanged', {
		start: initial.start,
		end: initial.end,
		byUser: false
	});

	function setLaneGroups(lanes: TimelineLane[] | null) {
		groups.clear();
		if (lanes) {
			groups.add(
				lanes.map((lane, order) => ({ id: lane.id, content: lane.label, style: lane.style, order }))
			);
		}
		timeline.setGroups(lanes ? groups : undefined);
	}

	function settle(byReader: boolean) {
		if (destroyed) return;
		clearTimeout(movingTimer);
		moving = false;
		heading = null;
		follower.settled(byReader);
	}

	let firstRangeChange = true;
	let rowsHeight = 0;
	timeline.on('rangechange', (properties: { byUser: boolean }) => {
		if (properties.byUser && !ownMoves.active) follower.pause();
	});
	timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
		// vis-timeline stays hidden until a redraw that follows its first range change. That
		// redraw is not its own doing: in a page where nothing else redraws (an embed in a quiet
		// host page), the timeline would stay blank.
		const window = { start: properties.start, end: properties.end };
		if (firstRangeChange) {
			firstRangeChange = false;
			timeline.redraw();
			// The window it opened at, for whoever shows it; not one the reader chose.
			setup.onwindowchange(window, 'follow');
		}
		refresh(window);
		// Moves of ours are reported as they end (see moveTo).
		if (!properties.byUser || ownMoves.active) return;
		setup.onwindowchange(window, 'reader');
		settle(true);
	});
	// The reader scrolling the rows, by wheel or by dragging.
	timeline.on('scroll', () => follower.pause());
	timeline.on('verticalDrag', () => follower.pause());
	timeline.on('changed', () => {
		const drawing = panel();
		if (drawing) fitEdgeLabels(drawing);
		const height = engine.props.top.height + engine.props.center.height + 2;
		if (height !== rowsHeight) {
			rowsHeight = height;
			setup.onrowsheight?.(height);
		}
		follower.drawn();
	});
	const hover = (id: unknown) =>
		setup.onhover?.(typeof id === 'string' && !id.startsWith(AGGREGATE_PREFIX) ? id : null);
	timeline.on('itemover', (properties: { item: unknown }) => hover(properties.item));
	timeline.on('itemout', () => hover(null));
	timeline.on('select', (properties: { items: string[] }) => {
		const id = properties.items[0] ?? null;
		const model = id?.startsWith(AGGREGATE_PREFIX) ? items.get(id)?.model : undefined;
		if (model && isAggregate(model)) {
			// A count is not an event: choosing it zooms in on the events it stands for.
			timeline.setSelection(selected && shown.has(selected) ? [selected] : []);
			follower.pause();
			moveTo(model, true, 'reader');
			return;
		}
		setup.onselect(id);
	});

	return {
		setItems(list) {
			all = list;
			models = new Map(list.map((item) => [item.id, item]));
			refresh(getWindow());
			follower.request(false);
		},
		setLanes(lanes) {
			// vis-timeline lays out each item it is given, one by one: never hand them over again
			// for the same lanes, as the first update after creating the timeline would.
			const key = laneKey(lanes);
			if (key === lanesKey) return;
			lanesKey = key;
			lanesOn = lanes !== null;
			shown.clear();
			items.clear();
			setLaneGroups(lanes);
			refresh(getWindow());
			follower.request(false);
		},
		setSelection(id) {
			selected = id && models.has(id) ? id : null;
			if (selected && !shown.has(selected)) refresh(getWindow());
			timeline.setSelection(selected ? [selected] : []);
		},
		setCurrent(id) {
			if (id === current) return;
			const previous = current;
			current = id;
			if (id && models.has(id) && !shown.has(id)) refresh(getWindow());
			const changed = [previous, id]
				.filter((changedId): changedId is string => changedId !== null && shown.has(changedId))
				.map((changedId) => visItem(models.get(changedId)!));
			apply({ remove: [], update: changed });
		},
		setFocus(id, animate) {
			focus = id && models.has(id) ? id : null;
			if (focus && !shown.has(focus)) refresh(getWindow());
			follower.follow(focus, animate);
		},
		setWindow(start, end, animate) {
			moveTo({ start, end }, animate, 'follow');
			follower.request(false);
		},
		getWindow,
		zoom(factor, animate) {
			const around = focus ? footprint(focus) : null;
			moveTo(zoomAround(baseWindow(), factor, around, geometry()), animate, 'reader');
			follower.request(false);
		},
		zoomTo(id, animate) {
			const model = models.get(id);
			const item = footprint(id);
			if (!model || !item) return;
			moveTo(fitToEvent({ ...item, fit: model.fit }, geometry()), animate, 'reader');
			follower.request(false);
		},
		pan(fraction, animate) {
			// The reader looks elsewhere: the timeline no longer pulls back to the focus.
			follower.pause();
			moveTo(panWindow(baseWindow(), fraction), animate, 'reader');
		},
		fit(animate) {
			moveTo(fitWindow([...models.values()], setup.bounds), animate, 'fit');
			follower.request(animate);
		},
		resized() {
			// The redraw's 'changed' lets the follower look again, unless the reader paused it:
			// rows grow as a pan or zoom brings denser ones in, and must not undo that move.
			timeline.redraw();
		},
		destroy() {
			destroyed = true;
			clearTimeout(movingTimer);
			timeline.destroy();
			items.clear();
			groups.clear();
		}
	};
}
