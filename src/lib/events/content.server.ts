import collection from 'virtual:kz-content';
import type { Lesson, Source, TimelineEvent } from './collection.ts';

export const { themes, sources, events, lessons } = collection;

const eventsById = new Map(events.map((event) => [event.id, event]));
const sourcesById = new Map(sources.map((source) => [source.id, source]));
const lessonsById = new Map(lessons.map((lesson) => [lesson.id, lesson]));

export function findEvent(id: string): TimelineEvent | undefined {
	return eventsById.get(id);
}

export function findSource(id: string): Source | undefined {
	return sourcesById.get(id);
}

export function findLesson(id: string): Lesson | undefined {
	return lessonsById.get(id);
}

/** What the explorer needs of each lesson preset for `?lesson=`. */
export function explorerLessons() {
	return lessons.map(({ id, title, events, window, themes }) => ({
		id,
		title,
		events,
		window,
		themes
	}));
}
