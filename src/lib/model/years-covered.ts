import { eventExtent, type EventDate } from './precision.ts';

/** The years some events cover, e.g. "2011–2015", or "2011" when they share one year. */
export function yearsCovered(dates: readonly EventDate[]): string {
	if (dates.length === 0) return '';
	const extents = dates.map(eventExtent);
	const first = Math.min(...extents.map((extent) => extent.start.getFullYear()));
	// An extent ends at the first moment after the event, so its last year is a moment earlier.
	const last = Math.max(
		...extents.map((extent) => new Date(extent.end.getTime() - 1).getFullYear())
	);
	return first === last ? String(first) : `${first}–${last}`;
}
