import type { SourceMeta, Theme, TimelineEvent } from '$lib/model/types.ts';

/** The shape of /events.json, and of the JSON a reader downloads of the events shown. */
export interface EventsJson {
	version: 1;
	sources: SourceMeta[];
	themes: Theme[];
	/** In the order given: by date, or in a lesson's order. */
	events: TimelineEvent[];
}

/** Sources are given without their text: the events carry the quotes, located by paragraph. */
export function toEventsJson(input: {
	events: readonly TimelineEvent[];
	themes: readonly Theme[];
	sources: readonly SourceMeta[];
}): EventsJson {
	return {
		version: 1,
		sources: [...input.sources],
		themes: [...input.themes],
		events: [...input.events]
	};
}
