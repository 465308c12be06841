/** The entry `offset` steps from `fromId` in `order`, or the first or last one; null for none. */
export function stepFrom<Entry extends { id: string }>(
	order: readonly Entry[],
	fromId: string | null,
	offset: 1 | -1
): Entry | null {
	if (order.length === 0) return null;
	const index = fromId === null ? -1 : order.findIndex((entry) => entry.id === fromId);
	if (index === -1) return offset === 1 ? order[0]! : order.at(-1)!;
	return order[Math.min(order.length - 1, Math.max(0, index + offset))]!;
}

/** An entry's place in time, in milliseconds. */
export interface EntrySpan {
	start: number;
	end: number;
}

/**
 * Where Next (`offset` 1) or Previous lands when nothing is selected and the timeline shows
 * `window`: from the entry being read if any of it is in the window; otherwise the first entry
 * that starts in the window, or the last, in reading order (a span that only runs through it
 * counts when none starts in it). With none in it, the first that ends after the window starts,
 * or the last that starts before it ends.
 */
export function stepInWindow<Entry extends { id: string }>(
	order: readonly Entry[],
	readingId: string | null,
	offset: 1 | -1,
	window: EntrySpan,
	span: (entry: Entry) => EntrySpan
): Entry | null {
	const inWindow = (entry: Entry) => {
		const { start, end } = span(entry);
		return end > window.start && start < window.end;
	};
	const reading = readingId === null ? undefined : order.find((entry) => entry.id === readingId);
	if (reading && inWindow(reading)) return stepFrom(order, readingId, offset);
	const startsIn = (entry: Entry) => {
		const { start } = span(entry);
		return start >= window.start && start < window.end;
	};
	const starting = order.filter(startsIn);
	const shown = starting.length > 0 ? starting : order.filter(inWindow);
	if (offset === 1) {
		return (
			shown[0] ?? order.find((entry) => span(entry).end > window.start) ?? order.at(-1) ?? null
		);
	}
	return (
		shown.at(-1) ?? order.findLast((entry) => span(entry).start < window.end) ?? order[0] ?? null
	);
}
