import { AGGREGATE_PREFIX } from './aggregate.ts';
import { replayEarlyInput } from './early-input.ts';
import { timelineKeyAction, type TimelineKeyAction } from './keys.ts';
import {
	isPlainClick,
	pictureItemId,
	routeTimelineAction,
	WaitingMoves,
	type EngineMove,
	type EngineStatus
} from './picture-input.svelte.ts';
import type { TimelineHandle } from './vis-adapter.ts';
import { wheelAction, type WheelTurn } from './wheel.ts';

/** What the timeline's keys and clicks act on; Timeline.svelte, which owns the drawing, answers. */
export interface InputHost {
	/** Whether the page's scripts have mounted the timeline: before, keys and clicks are the browser's. */
	mounted(): boolean;
	/** Whether the engine has drawn every event: a click is then its own, not the picture's. */
	ready(): boolean;
	/** Where the engine is: a move is carried out, kept or dropped accordingly. */
	status(): EngineStatus;
	/** The engine, to move; null until it has loaded. */
	handle(): TimelineHandle | null;
	/** Focuses the drawing; unless `always`, only while the reader has not gone elsewhere. */
	focus(always: boolean): void;
	/** A plain wheel turned over the timeline: the page scrolls, and says how to zoom. */
	onplainwheel(): void;
	onselect(id: string): void;
	onstep(offset: 1 | -1): void;
	onkey(key: 'Enter' | 'Home' | 'End'): void;
}

type KeyPress = Pick<
	KeyboardEvent,
	'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'preventDefault'
>;
type Click = Pick<
	MouseEvent,
	'button' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target' | 'preventDefault'
>;

/**
 * Routes the timeline's keys, its zoom buttons and clicks on its picture: stepping and jumping
 * go to the page at once, moves go to the engine, or wait for it while it loads.
 */
export class TimelineInput {
	/** Zooms and pans pressed before the engine has drawn, carried out once it has. */
	readonly waiting = new WaitingMoves();
	readonly #host: InputHost;

	constructor(host: InputHost) {
		this.#host = host;
	}

	/** The engine is ready, or has failed: what waited for it is carried out, or dropped. */
	engineChanged(status: EngineStatus) {
		if (status === 'ready') this.waiting.flush((move) => this.#move(move));
		else if (status === 'failed') this.waiting.clear();
	}

	/** Keys and buttons act from the first paint; moves wait for the engine (see routeTimelineAction). */
	act(action: TimelineKeyAction) {
		const route = routeTimelineAction(action, this.#host.status());
		if (action.kind === 'step') this.#host.onstep(action.offset);
		else if (action.kind === 'jump') this.#host.onkey(action.to);
		else if (route === 'engine') this.#move(action);
		else if (route === 'wait') this.waiting.add(action);
	}

	keydown(event: KeyPress) {
		if (!this.#host.mounted()) return;
		const action = timelineKeyAction(event.key, event);
		if (!action) return;
		event.preventDefault();
		this.act(action);
	}

	/** A click on the picture selects, as one on the engine's drawing will; without JavaScript it is a link. */
	click(event: Click) {
		if (!this.#host.mounted() || this.#host.ready() || !isPlainClick(event)) return;
		const id = pictureItemId(event.target);
		if (!id) return;
		event.preventDefault();
		this.#host.focus(true);
		if (!id.startsWith(AGGREGATE_PREFIX)) this.#host.onselect(id);
	}

	/**
	 * The wheel over the timeline (see wheel.ts): a plain one is the page's, to scroll; with Ctrl
	 * or ⌘ it zooms and sideways it pans, never the page. vis-timeline's own wheel handling, which
	 * would zoom or scroll its rows, never sees it.
	 */
	wheel(event: WheelTurn & Pick<WheelEvent, 'preventDefault' | 'stopPropagation'>) {
		// Before the page's scripts, and once the engine has failed, the wheel is the browser's.
		if (!this.#host.mounted() || this.#host.status() === 'failed') return;
		event.stopPropagation();
		const handle = this.#host.status() === 'ready' ? this.#host.handle() : null;
		const box = handle?.drawingBox() ?? { left: 0, width: 0 };
		const action = wheelAction(event, box.left, box.width);
		if (action.kind === 'page') return this.#host.onplainwheel();
		// Ctrl-wheel would otherwise zoom the whole page, even before the engine can.
		event.preventDefault();
		if (action.kind === 'zoom') handle?.wheel({ factor: action.factor, at: action.at });
		else handle?.wheel({ pan: action.fraction });
	}

	/** Carries out what the picture took before the page's scripts ran (see early-input.ts). */
	replay() {
		replayEarlyInput({
			select: (id) => {
				// The reader may have gone on to the search box meanwhile: focus stays there.
				this.#host.focus(false);
				this.#host.onselect(id);
			},
			act: (action) => this.act(action)
		});
	}

	#move(action: EngineMove) {
		const handle = this.#host.handle();
		if (action.kind === 'zoom') handle?.zoom(action.factor, true);
		else if (action.kind === 'pan') handle?.pan(action.fraction, true);
		else handle?.fit(true);
	}
}
