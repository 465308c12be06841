/**
 * Finds the narrative entry that crosses the reading line, by binary search over entries in
 * document order, so a scroll costs a handful of layout reads however long the list is.
 */
export function entryAtLine(entries: ArrayLike<HTMLElement>, line: number): HTMLElement | null {
	let low = 0;
	let high = entries.length - 1;
	let found: HTMLElement | null = null;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const entry = entries[middle]!;
		if (entry.getBoundingClientRect().bottom > line) {
			found = entry;
			high = middle - 1;
		} else {
			low = middle + 1;
		}
	}
	// Nothing is being read until the first entry reaches the line.
	return found && found.getBoundingClientRect().top <= line ? found : null;
}

/** Calls `run` at most once per animation frame, with the latest arguments. */
export function frameThrottle<T extends unknown[]>(run: (...args: T) => void) {
	let pending: T | null = null;
	return (...args: T) => {
		if (pending) {
			pending = args;
			return;
		}
		pending = args;
		requestAnimationFrame(() => {
			const latest = pending!;
			pending = null;
			run(...latest);
		});
	};
}

/**
 * The id of the entry (`data-event-id`) in `story` that crosses the reading line, null above the
 * first one, or undefined when the story has no entries to measure.
 */
export function idAtLine(story: HTMLElement | null | undefined, line: number) {
	const entries = story?.querySelectorAll<HTMLElement>('[data-event-id]');
	if (!entries || entries.length === 0) return undefined;
	return entryAtLine(entries, line)?.dataset.eventId ?? null;
}

/** Scrolls `scroller` (null for the window) so that `entry` sits just under the reading line. */
export function scrollToLine(
	entry: HTMLElement,
	line: number,
	glide: boolean,
	scroller: HTMLElement | null = null
) {
	const behavior = glide ? 'smooth' : 'auto';
	const offset = entry.getBoundingClientRect().top - line + 8;
	if (scroller) scroller.scrollBy({ top: offset, behavior });
	else scrollTo({ top: Math.max(0, scrollY + offset), behavior });
}
