import type {
	EngineAnimation,
	EngineDrawing,
	EngineEvents,
	EngineLane,
	EngineParts,
	ItemStore,
	LaneStore,
	VisEngine
} from './engine-api.ts';
import type { VisItem } from './item-sync.ts';
import type { TimelineItemModel } from './items.ts';
import type { TimeWindow } from './visible-window.ts';

/**
 * For specs: vis-timeline as the adapter sees it (engine-api.ts), on paper. It keeps its window,
 * selection, lanes and items, logs what it is asked, and moves and settles as vis-timeline
 * does: it settles its opening window 200 ms after it is made; an unanimated move arrives and
 * calls back at once, its `rangechanged` 200 ms later; an animated one arrives, settles and
 * calls back once its animation has run, unless a newer move cuts it short. Specs drive the
 * timers with vi.useFakeTimers().
 */
export class FakeEngine implements VisEngine {
	window: TimeWindow;
	/** Every window asked for, in order, with its animation. */
	readonly asked: Array<TimeWindow & { animation: EngineAnimation }> = [];
	/** Every selection set, in order. */
	readonly selections: string[][] = [];
	/** Every event emitted, in order, by the adapter or by the spec. */
	readonly emitted: Array<{ event: keyof EngineEvents; properties: unknown }> = [];
	lanesShown: LaneStore | undefined;
	redraws = 0;
	destroyed = false;
	scrollTop = 0;
	itemSet: NonNullable<VisEngine['itemSet']> = { items: {} };
	props = { top: { height: 40 }, center: { height: 300 }, centerContainer: { height: 200 } };
	#handlers = new Map<string, Array<(properties: never) => void>>();
	#animationTimer: ReturnType<typeof setTimeout> | undefined;
	#settleTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(window: TimeWindow) {
		this.window = window;
		this.#settleTimer = setTimeout(
			() => this.emit('rangechanged', { ...window, byUser: false }),
			200
		);
	}

	getWindow() {
		return { start: this.window.start, end: this.window.end };
	}

	setWindow(start: Date, end: Date, options: { animation: EngineAnimation }, done: () => void) {
		this.asked.push({ start, end, animation: options.animation });
		clearTimeout(this.#animationTimer);
		const same =
			start.getTime() === this.window.start.getTime() &&
			end.getTime() === this.window.end.getTime();
		if (same) return;
		const arrive = () => {
			this.window = { start, end };
			this.emit('rangechange', { byUser: false });
		};
		if (!options.animation) {
			arrive();
			clearTimeout(this.#settleTimer);
			this.#settleTimer = setTimeout(
				() => this.emit('rangechanged', { start, end, byUser: false }),
				200
			);
			done();
			return;
		}
		// Like vis-timeline's, this timer outlives destroy().
		this.#animationTimer = setTimeout(() => {
			arrive();
			this.emit('rangechanged', { start, end, byUser: false });
			done();
		}, options.animation.duration);
	}

	/** Moves asked for as the reader's own (the wheel's), as vis-timeline's range takes them. */
	readonly range = ((engine: FakeEngine) => ({
		setRange: (start: number, end: number) =>
			engine.readerMoves({ start: new Date(start), end: new Date(end) }),
		get start() {
			return engine.window.start.getTime();
		},
		get end() {
			return engine.window.end.getTime();
		}
	}))(this);

	/** The reader drags or wheels the window to `window`. */
	readerMoves(window: TimeWindow) {
		this.emit('rangechange', { byUser: true });
		this.window = window;
		this.emit('rangechanged', { ...window, byUser: true });
	}

	setSelection(ids: string[]) {
		this.selections.push(ids);
	}

	setGroups(lanes: LaneStore | undefined) {
		this.lanesShown = lanes;
	}

	redraw() {
		this.redraws++;
	}

	/** Like vis-timeline's, it stops calling listeners, but a move's callback may still come. */
	destroy() {
		this.destroyed = true;
		this.#handlers.clear();
	}

	on<Name extends keyof EngineEvents>(
		event: Name,
		handler: (properties: EngineEvents[Name]) => void
	) {
		this.#handlers.set(event, [...(this.#handlers.get(event) ?? []), handler]);
	}

	emit<Name extends keyof EngineEvents>(event: Name, properties: EngineEvents[Name]) {
		this.emitted.push({ event, properties });
		for (const handler of this.#handlers.get(event) ?? []) handler(properties as never);
	}

	/** Stacks an item at `top` (from the top of the rows), as vis-timeline's item set holds it. */
	stack(id: string, top: number, height = 24) {
		this.itemSet.items[id] = { displayed: true, top, height };
	}

	_getScrollTop() {
		return this.scrollTop;
	}

	_setScrollTop(top: number) {
		this.scrollTop = top;
		return top;
	}
}

/** The items the engine draws from, with a log of what it was handed. */
export class FakeItemStore implements ItemStore {
	readonly held = new Map<string, VisItem>();
	/** Each update's ids and each removal's ids, in order. */
	readonly log: string[] = [];

	get(id: string) {
		return this.held.get(id) ?? null;
	}

	update(items: VisItem[]) {
		for (const item of items) this.held.set(item.id, item);
		this.log.push(`update ${items.map((item) => item.id).join(' ')}`);
	}

	remove(ids: string[]) {
		for (const id of ids) this.held.delete(id);
		this.log.push(`remove ${ids.join(' ')}`);
	}

	clear() {
		this.held.clear();
		this.log.push('clear');
	}

	get ids(): string[] {
		return [...this.held.keys()].sort();
	}
}

export class FakeLaneStore implements LaneStore {
	held: EngineLane[] = [];

	add(lanes: EngineLane[]) {
		this.held.push(...lanes);
	}

	clear() {
		this.held = [];
	}
}

/** A drawing 1,000 pixels wide, where the items in `drawnPx` are drawn that wide. */
export class FakeDrawing implements EngineDrawing {
	readonly drawnPx = new Map<string, number>();
	labelFits = 0;

	widthPx() {
		return 1000;
	}

	box() {
		return { left: 0, width: 1000 };
	}

	contentPx(id: string) {
		return this.drawnPx.get(id) ?? null;
	}

	fitLabels() {
		this.labelFits++;
	}
}

/** An engine showing `window`, with empty stores and a drawing. */
export function fakeParts(window: TimeWindow) {
	const parts = {
		engine: new FakeEngine(window),
		items: new FakeItemStore(),
		lanes: new FakeLaneStore(),
		drawing: new FakeDrawing()
	};
	return parts satisfies EngineParts;
}

/** An event as the timeline draws it, on `day` (YYYY-MM-DD); a range when `end` is given. */
export function eventItem(
	id: string,
	day: string,
	fields: Partial<TimelineItemModel> = {}
): TimelineItemModel {
	return {
		id,
		title: id,
		tooltip: id,
		start: new Date(`${day}T00:00:00Z`),
		type: fields.end ? 'range' : 'point',
		fit: fields.end ? 'extent' : 'day',
		className: 'kz-item',
		theme: 'labour',
		themeIndex: 0,
		...fields
	};
}
