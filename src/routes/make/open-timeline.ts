import { Maker } from '$lib/make/maker.svelte.ts';
import { holdTimeline, openShelf, type TimelineShelf } from '$lib/make/timeline-store.ts';

let shelf: TimelineShelf | null = null;
let held: { id: string; release: (() => void) | null; maker?: Maker } | null = null;

/** This tab's shelf of timelines, opened once. */
export async function tabShelf(): Promise<TimelineShelf> {
	return (shelf ??= await openShelf());
}

/**
 * A kept timeline as the maker edits it, held for this tab: a second tab that opens the same
 * timeline gets a maker that saves nothing. The tab keeps one maker a timeline, so that the
 * editor, its lesson and a search still running all change the same one. Undefined when the
 * shelf has no such timeline.
 */
export async function openMaker(id: string): Promise<Maker | undefined> {
	if (held?.id === id && held.maker) return held.maker;
	const shelf = await tabShelf();
	const made = await shelf.get(id);
	if (!made) return undefined;
	if (held?.id !== id) {
		held?.release?.();
		held = { id, release: await holdTimeline(id) };
	}
	held.maker = new Maker(made, shelf, held.release !== null);
	return held.maker;
}

/** Whether no other tab holds this timeline: asked before renaming or deleting it. */
export async function freeToChange(id: string): Promise<boolean> {
	if (held?.id === id) return held.release !== null;
	const release = await holdTimeline(id);
	release?.();
	return release !== null;
}

/** Lets go of the timeline this tab holds, as it leaves the pages that edit it. */
export function letGo() {
	held?.release?.();
	held = null;
}
