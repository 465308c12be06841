import { findEvent, lessons } from '$lib/server/content.ts';
import { yearsCovered } from '$lib/model/years-covered.ts';

export function load() {
	return {
		lessons: lessons.map((lesson) => ({
			id: lesson.id,
			title: lesson.title,
			introduction: lesson.introduction,
			eventCount: lesson.events.length,
			years: yearsCovered(lesson.events.flatMap((id) => findEvent(id)?.date ?? []))
		}))
	};
}
