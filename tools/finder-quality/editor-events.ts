import type { TimelineEvent } from '../../src/lib/model/types.ts';
import { dateNotation } from './dates.ts';
import type { EditorEvent } from './score.ts';

/** The collection's events that quote a source, with those quotes' places in it. */
export function editorEvents(events: readonly TimelineEvent[], sourceId: string): EditorEvent[] {
	return events
		.map((event) => ({
			id: event.id,
			date: dateNotation(event.date),
			quotes: event.quotes.filter((quote) => quote.source === sourceId)
		}))
		.filter((event) => event.quotes.length > 0);
}
