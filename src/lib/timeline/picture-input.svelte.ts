import type { TimelineKeyAction } from './keys.ts';

/** Where the engine is: loading, drawn and in charge, or never coming. */
export type EngineStatus = 'loading' | 'ready' | 'failed';

/** An action that only the engine can carry out: it moves or scales the window. */
export type EngineMove = Extract<TimelineKeyAction, { kind: 'zoom' | 'pan' | 'fit' }>;

/**
 * What becomes of a key or button press on the timeline. Stepping, jumping and Enter need no
 * engine: the page selects, and the picture shows it. A move waits for the engine while it
 * loads, so that it is not lost, and is dropped once the engine has failed.
 */
export function routeTimelineAction(
	action: TimelineKeyAction,
	engine: EngineStatus
): 'page' | 'engine' | 'wait' | 'drop' {
	if (action.kind === 'step' || action.kind === 'jump') return 'page';
	if (engine === 'ready') return 'engine';
	return engine === 'loading' ? 'wait' : 'drop';
}

/** The picture item a click landed on, if any: its parts carry `data-picture-id`. */
export function pictureItemId(target: EventTarget | null): string | null {
	if (!target || !(target as Partial<Element>).closest) return null;
	return (target as Element).closest<HTMLElement>('[data-picture-id]')?.dataset.pictureId ?? null;
}

/** A click that asks for a new tab or window is the browser's, as on any link. */
export function isPlainClick(event: {
	button: number;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}): boolean {
	return event.button === 0 && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

/**
 * Moves pressed before the engine has arrived, kept in order and handed over once it has.
 * Reactive, so that the page can say "Zoom is loading…" while any wait.
 */
export class WaitingMoves {
	#moves = $state<EngineMove[]>([]);

	get count(): number {
		return this.#moves.length;
	}

	add(move: EngineMove) {
		this.#moves = [...this.#moves, move];
	}

	/** Hands every waiting move to `apply`, oldest first, and forgets them. */
	flush(apply: (move: EngineMove) => void) {
		const moves = this.#moves;
		this.#moves = [];
		for (const move of moves) apply(move);
	}

	clear() {
		this.#moves = [];
	}
}
