import collection from 'virtual:kz-content';
import type { Source, TimelineEvent } from './collection.ts';

export const { themes, sources, events } = collection;

const eventsById = new Map(events.map((event) => [event.id, event]));
const sourcesById = new Map(sources.map((source) => [source.id, source]));

export function findEvent(id: string): TimelineEvent | undefined {
	return eventsById.get(id);
}

export function findSource(id: string): Source | undefined {
	return sourcesById.get(id);
}
