import { eventExtent, type EventDate } from './precision.ts';

/** From the first moment some events may cover to the first moment after the last; null for none. */
export function datesExtent(dates: readonly EventDate[]): { start: Date; end: Date } | null {
	if (dates.length === 0) return null;
	const extents = dates.map(eventExtent);
	return {
		start: new Date(Math.min(...extents.map((extent) => extent.start.getTime()))),
		end: new Date(Math.max(...extents.map((extent) => extent.end.getTime())))
	};
}

/** The years some events cover, e.g. "2011–2015", or "2011" when they share one year. */
export function yearsCovered(dates: readonly EventDate[]): string {
	const extent = datesExtent(dates);
	if (!extent) return '';
	const first = extent.start.getFullYear();
	// An extent ends at the first moment after the event, so its last year is a moment earlier.
	const last = new Date(extent.end.getTime() - 1).getFullYear();
	return first === last ? String(first) : `${first}–${last}`;
}
