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
import { engineOptions } from './engine-options';
import { itemSignature, syncItems, toVisItem, type ItemSync, type VisItem } from './item-sync';
import type { TimelineItemModel } from './items';
import { programmaticMoves } from './programmatic-moves';
import { fitWindow, panWindow, planReveal, zoomWindow, type TimeWindow } from './visible-window';

/**
 * The only module that runs vis-timeline (engine-options.ts borrows its types); everything else
 * talks to this handle. It is glue: the arithmetic it applies lives in visible-window.ts and
 * item-sync.ts. It is loaded as one dynamic import (see Timeline.svelte), so the engine arrives
 * with it in parallel.
 */
export interface TimelineHandle {
	setItems(items: TimelineItemModel[]): void;
	setLanes(lanes: TimelineLane[] | null): void;
	setSelection(id: string | null): void;
	/** Marks the event being read in the narrative, apart from the selection. */
	setCurrent(id: string | null): void;
	setWindow(start: Date, end: Date, animate: boolean): void;
	getWindow(): TimeWindow;
	/**
	 * Moves so that the item is in view, zooming out only when it does not fit. With
	 * `onlyIfOutside`, a window that already holds the item is left alone.
	 */
	reveal(id: string, animate: boolean, onlyIfOutside?: boolean): void;
	/** factor < 1 zooms in, > 1 zooms out, around the centre. */
	zoom(factor: number, animate: boolean): void;
	/** Moves the window by a fraction of its width; negative is earlier. */
	pan(fraction: number, animate: boolean): void;
	fit(animate: boolean): void;
	destroy(): void;
}

export interface TimelineLane {
	id: string;
	label: string;
	style: string;
}

export interface TimelineSetup {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	/** The window to open at; the whole range of items when absent. */
	window: TimeWindow | null;
	/** How far the reader may pan. */
	bounds: TimeWindow;
	/** Inline style per theme id, giving items their colour. */
	themeStyles: Record<string, string>;
	onSelect(id: string | null): void;
	/** Called once a change of window has settled; `byUser` is false for programmatic moves. */
	onWindowChange(window: TimeWindow, byUser: boolean): void;
	/** Called once the engine shows its first drawing; until then it keeps itself hidden. */
	onDrawn?(): void;
	/** Whether the reader asks for less motion; asked at each move, so a change applies at once. */
	reducedMotion(): boolean;
}

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
	/** What the engine holds, by id, with a signature to skip updates that change nothing. */
	const shown = new Map<string, string>();
	const items = new DataSet<VisItem>();
	const groups = new DataSet<{ id: string; content: string; style: string; order: number }>();

	const visItem = (model: TimelineItemModel | AggregateModel) =>
		toVisItem(model, { lanes: lanesOn, currentId: current, themeStyles: setup.themeStyles });
	/** Hands the engine what changed, and remembers what it now holds. */
	const apply = ({ remove, update }: ItemSync) => {
		for (const id of remove) shown.delete(id);
		for (const item of update) shown.set(item.id, itemSignature(item));
		if (remove.length > 0) items.remove(remove);
		if (update.length > 0) items.update(update);
	};

	/** Hands the engine what the window needs, changing only what differs. */
	const refresh = (window: TimeWindow) => {
		const next = itemsForWindow(all, window, {
			...ENGINE_BUDGET,
			lanes: lanesOn,
			// The selection and the event being read are always drawn on their own.
			keep: new Set([selected, current].filter((id): id is string => id !== null))
		}).map(visItem);
		apply(syncItems(shown, next));
	};
	const initial = setup.window ?? fitWindow(all, setup.bounds);
	refresh(initial);

	const timeline = new Timeline(
		container,
		items,
		engineOptions({ initial, bounds: setup.bounds, onDrawn: () => setup.onDrawn?.() })
	);
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

	const ownMoves = programmaticMoves();
	/** Where an animated move is heading, so that quick repeated zooms add up. */
	let heading: TimeWindow | null = null;
	let firstRangeChange = true;
	timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
		// vis-timeline stays hidden until a redraw that follows its first range change. That
		// redraw is not its own doing: in a page where nothing else redraws (an embed in a quiet
		// host page), the timeline would stay blank.
		if (firstRangeChange) {
			firstRangeChange = false;
			timeline.redraw();
		}
		heading = null;
		const window = { start: properties.start, end: properties.end };
		refresh(window);
		setup.onWindowChange(window, properties.byUser && !ownMoves.active);
	});
	timeline.on('select', (properties: { items: string[] }) => {
		const id = properties.items[0] ?? null;
		const model = id?.startsWith(AGGREGATE_PREFIX) ? items.get(id)?.model : undefined;
		if (model && isAggregate(model)) {
			// A count is not an event: choosing it zooms in on the events it stands for.
			timeline.setSelection(selected && shown.has(selected) ? [selected] : []);
			setWindow(model.start, model.end, true);
			return;
		}
		setup.onSelect(id);
	});

	const animation = (animate: boolean) =>
		animate && !setup.reducedMotion()
			? { duration: 350, easingFunction: 'easeInOutQuad' as const }
			: false;

	function setWindow(start: Date, end: Date, animate: boolean) {
		heading = animation(animate) ? { start, end } : null;
		ownMoves.run(() => timeline.setWindow(start, end, { animation: animation(animate) }));
	}

	const getWindow = () => {
		const window = timeline.getWindow();
		return { start: new Date(window.start), end: new Date(window.end) };
	};
	/** The window a relative move starts from: the current one, or where it is heading. */
	const baseWindow = () => heading ?? getWindow();

	return {
		setItems(list) {
			all = list;
			models = new Map(list.map((item) => [item.id, item]));
			refresh(getWindow());
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
		setWindow,
		getWindow,
		reveal(id, animate, onlyIfOutside = false) {
			const model = models.get(id);
			if (!model) return;
			const plan = planReveal(getWindow(), model, onlyIfOutside);
			if (plan.kind === 'stay') return;
			if (plan.kind === 'centre' && shown.has(id)) {
				// focus() also scrolls the stacked items vertically so that the item is on screen.
				ownMoves.run(() => timeline.focus(id, { zoom: false, animation: animation(animate) }));
			} else {
				setWindow(plan.window.start, plan.window.end, animate);
			}
		},
		zoom(factor, animate) {
			const next = zoomWindow(baseWindow(), factor);
			setWindow(next.start, next.end, animate);
		},
		pan(fraction, animate) {
			const next = panWindow(baseWindow(), fraction);
			setWindow(next.start, next.end, animate);
		},
		fit(animate) {
			const all = fitWindow([...models.values()], setup.bounds);
			setWindow(all.start, all.end, animate);
		},
		destroy() {
			timeline.destroy();
			items.clear();
			groups.clear();
		}
	};
}
