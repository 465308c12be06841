import type { TimelineEvent } from './types.ts';

/** Ids of every source the events quote, in the order they are first quoted. */
export function citedSourceIds(events: readonly TimelineEvent[]): string[] {
	const ids = new Set<string>();
	for (const event of events) {
		for (const quote of event.quotes) ids.add(quote.source);
		for (const figure of event.figures) ids.add(figure.quote.source);
		for (const claim of event.claims) for (const value of claim.values) ids.add(value.quote.source);
	}
	return [...ids];
}
