import collection from 'virtual:kz-content';
import { themeLookups, toTimelineItem } from '$lib/timeline/items.ts';
import { previewTimeline, type TimelinePreview } from '$lib/timeline/preview.ts';
import type { Lesson, Source, TimelineEvent } from '$lib/model/types.ts';
import { datesExtent } from '$lib/model/years-covered.ts';

export const { settings, themes, sources, events, lessons } = collection;

/** The stretch of time the whole collection covers, for the timeline's pan and zoom limits. */
export const extent = datesExtent(events.map((event) => event.date));

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

/** What the explorer needs of each lesson preset for `?lesson=`, and an embed to teach it. */
export function explorerLessons() {
	return lessons.map(({ id, title, events, window, themes, prompts, questions }) => ({
		id,
		title,
		events,
		window,
		themes,
		prompts,
		questions
	}));
}

/** Up to this many events, the explorer's page carries them all; past it, only the first few. */
const INLINE_EVENTS = 300;
const FIRST_EVENTS = 40;

let pictureOfAll: TimelinePreview | undefined;

/**
 * The timeline's picture of every event, for a page that carries only the first of them. Made
 * once per build: / and /embed both show it, and it reads every event.
 */
function timelinePictureOfAll(): TimelinePreview {
	if (!pictureOfAll) {
		const { themeIndex, themeLabel } = themeLookups(themes);
		const models = events.map((event) => toTimelineItem(event, themeIndex, themeLabel));
		pictureOfAll = previewTimeline(models, null);
	}
	return pictureOfAll;
}

/**
 * What the explorer's pages (/ and /embed) need: `explorer`, the props their shells take whole.
 * A large collection would make the page itself megabytes of script, so past INLINE_EVENTS the
 * page carries the first events for reading at once, and a picture of the timeline, and the
 * browser fetches the rest from /events.json.
 */
export function explorerPageData() {
	const complete = events.length <= INLINE_EVENTS;
	return {
		explorer: {
			events: complete ? events : events.slice(0, FIRST_EVENTS),
			total: events.length,
			timelinePicture: complete ? null : timelinePictureOfAll(),
			lessons: explorerLessons()
		}
	};
}
