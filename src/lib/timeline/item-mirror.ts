import { AGGREGATE_PREFIX, ENGINE_BUDGET, isAggregate, itemsForWindow } from './aggregate.ts';
import type { AggregateModel } from './aggregate.ts';
import { engineWindow, type EngineParts } from './engine-api.ts';
import { itemSignature, syncItems, toVisItem, type ItemSync } from './item-sync.ts';
import type { TimelineItemModel } from './items.ts';
import { labelPixels } from './preview.ts';
import type { ItemFootprint, TimeWindow } from './visible-window.ts';

export interface TimelineLane {
	id: string;
	label: string;
	style: string;
}

export interface MirrorSetup {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	/** Inline style per theme id, giving items their colour. */
	themeStyles: Record<string, string>;
	/** Called when the reader chooses an event's item (its id) or clears the choice (null). */
	onselect(id: string | null): void;
	/** Called when the reader chooses a count instead: it stands for the events in its extent. */
	oncount(count: AggregateModel): void;
	/** Called as the pointer enters an event's item (its id) and leaves it (null). */
	onhover?(id: string | null): void;
	/** Called when the height the axis and the stacked rows need changes, in pixels. */
	onrowsheight?(height: number): void;
}

/** How far a label starts right of its item's start: past a dot, or inside a bar's padding. */
const LABEL_OFFSET_PX = 8;

/** What a set of lanes looks like, to tell a change from the same lanes given again. */
function laneKey(lanes: TimelineLane[] | null): string {
	return JSON.stringify(lanes?.map((lane) => [lane.id, lane.label, lane.style]) ?? null);
}

/**
 * What the engine holds: the items a window needs (events near it, or counts), their lanes,
 * which one is selected and which one is being read, and how their labels fit the drawing.
 * vis-timeline lays out every item it is handed, so only what changed is handed over.
 */
export class ItemMirror {
	readonly #parts: EngineParts;
	readonly #setup: MirrorSetup;
	#all: TimelineItemModel[];
	#models: Map<string, TimelineItemModel>;
	#current: string | null = null;
	#selected: string | null = null;
	/** The event kept in view (see setFocus). */
	#focus: string | null = null;
	#lanesOn: boolean;
	#lanesKey: string;
	/** What the engine holds, by id, with a signature to skip updates that change nothing. */
	readonly #shown = new Map<string, string>();
	#rowsHeight = 0;

	constructor(parts: EngineParts, setup: MirrorSetup) {
		this.#parts = parts;
		this.#setup = setup;
		this.#all = setup.items;
		this.#models = new Map(setup.items.map((item) => [item.id, item]));
		this.#lanesOn = setup.lanes !== null;
		this.#lanesKey = laneKey(setup.lanes);
		this.refresh();
		if (setup.lanes) this.#setLaneGroups(setup.lanes);

		const { engine } = parts;
		engine.on('changed', () => this.#drawn());
		const hover = (id: unknown) =>
			setup.onhover?.(typeof id === 'string' && !id.startsWith(AGGREGATE_PREFIX) ? id : null);
		engine.on('itemover', ({ item }) => hover(item));
		engine.on('itemout', () => hover(null));
		engine.on('select', ({ items }) => this.#chosen(items[0] ?? null));
	}

	/** Every event, in the order given. */
	get models(): TimelineItemModel[] {
		return [...this.#models.values()];
	}

	model(id: string): TimelineItemModel | null {
		return this.#models.get(id) ?? null;
	}

	/** Hands the engine what `window` needs, changing only what differs. */
	refresh(window: TimeWindow = engineWindow(this.#parts.engine)) {
		const keep = [this.#selected, this.#current, this.#focus].filter(
			(id): id is string => id !== null
		);
		const next = itemsForWindow(this.#all, window, {
			...ENGINE_BUDGET,
			lanes: this.#lanesOn,
			// The selection, the event being read and the one kept in view are drawn on their own.
			keep: new Set(keep)
		}).map((model) => this.#visItem(model));
		this.#apply(syncItems(this.#shown, next));
	}

	setItems(list: TimelineItemModel[]) {
		this.#all = list;
		this.#models = new Map(list.map((item) => [item.id, item]));
		this.refresh();
	}

	/** Returns whether the lanes changed (and every item was handed over again). */
	setLanes(lanes: TimelineLane[] | null): boolean {
		// vis-timeline lays out each item it is given, one by one: never hand them over again
		// for the same lanes, as the first update after creating the timeline would.
		const key = laneKey(lanes);
		if (key === this.#lanesKey) return false;
		this.#lanesKey = key;
		this.#lanesOn = lanes !== null;
		this.#shown.clear();
		this.#parts.items.clear();
		this.#setLaneGroups(lanes);
		this.refresh();
		return true;
	}

	setSelection(id: string | null) {
		const selected = id && this.#models.has(id) ? id : null;
		this.#selected = selected;
		if (selected && !this.#shown.has(selected)) this.refresh();
		this.#parts.engine.setSelection(selected ? [selected] : []);
	}

	/** Marks the event being read in the narrative, apart from the selection. */
	setCurrent(id: string | null) {
		if (id === this.#current) return;
		const previous = this.#current;
		this.#current = id;
		if (id && this.#models.has(id) && !this.#shown.has(id)) this.refresh();
		const changed = [previous, id]
			.filter((changedId): changedId is string => changedId !== null && this.#shown.has(changedId))
			.map((changedId) => this.#visItem(this.#models.get(changedId)!));
		this.#apply({ remove: [], update: changed });
	}

	/** Draws the event to keep in view wherever the window is; returns it, or null for none. */
	setFocus(id: string | null): string | null {
		this.#focus = id && this.#models.has(id) ? id : null;
		if (this.#focus && !this.#shown.has(this.#focus)) this.refresh();
		return this.#focus;
	}

	/** Where an event lies and how wide its label is; null for an id that is no event. */
	footprint(id: string): ItemFootprint | null {
		const model = this.#models.get(id);
		if (!model) return null;
		const drawnPx = this.#parts.drawing.contentPx(id);
		return {
			start: model.start,
			end: model.end,
			labelPx: (drawnPx ?? labelPixels(model)) + LABEL_OFFSET_PX
		};
	}

	destroy() {
		this.#parts.items.clear();
		this.#parts.lanes.clear();
	}

	#visItem(model: TimelineItemModel | AggregateModel) {
		return toVisItem(model, {
			lanes: this.#lanesOn,
			currentId: this.#current,
			themeStyles: this.#setup.themeStyles
		});
	}

	/** Hands the engine what changed, and remembers what it now holds. */
	#apply({ remove, update }: ItemSync) {
		const shown = this.#shown;
		for (const id of remove) shown.delete(id);
		// An item the engine is handed afresh has forgotten it was selected.
		const reselect = this.#selected !== null && !shown.has(this.#selected) ? this.#selected : null;
		for (const item of update) shown.set(item.id, itemSignature(item));
		if (remove.length > 0) this.#parts.items.remove(remove);
		if (update.length > 0) this.#parts.items.update(update);
		if (reselect !== null && shown.has(reselect)) this.#parts.engine.setSelection([reselect]);
	}

	#setLaneGroups(lanes: TimelineLane[] | null) {
		const { engine, lanes: groups } = this.#parts;
		groups.clear();
		if (lanes) {
			groups.add(
				lanes.map((lane, order) => ({ id: lane.id, content: lane.label, style: lane.style, order }))
			);
		}
		engine.setGroups(lanes ? groups : undefined);
	}

	#drawn() {
		this.#parts.drawing.fitLabels();
		const { props } = this.#parts.engine;
		const height = props.top.height + props.center.height + 2;
		if (height !== this.#rowsHeight) {
			this.#rowsHeight = height;
			this.#setup.onrowsheight?.(height);
		}
	}

	#chosen(id: string | null) {
		const model = id?.startsWith(AGGREGATE_PREFIX) ? this.#parts.items.get(id)?.model : undefined;
		if (!model || !isAggregate(model)) {
			this.#setup.onselect(id);
			return;
		}
		// A count is not an event: the selection stays, and the count is handed on to zoom into.
		const selected = this.#selected;
		this.#parts.engine.setSelection(selected && this.#shown.has(selected) ? [selected] : []);
		this.#setup.oncount(model);
	}
}
