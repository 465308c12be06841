import { createEventFilter } from '$lib/model/filter.ts';
import type { Lesson, TimelineEvent } from '$lib/model/types.ts';
import type { ExplorerState } from '$lib/model/url-state.ts';
import { emptyDraft, LIMITS, type LessonDraft } from './lesson-draft.ts';
import { draftFromLesson } from './lesson-record.ts';

/**
 * A draft from the explorer's view ("Make a lesson from these events"): a lesson's copy when
 * the view shows one; else the events its themes and search show, when they narrow it, with the
 * selected event; else just the selected event. Its themes and window come along.
 */
export function draftFromView(
	view: Pick<ExplorerState, 'themes' | 'query' | 'event' | 'window' | 'lesson'>,
	events: readonly TimelineEvent[],
	lessons: readonly Lesson[]
): LessonDraft {
	const lesson = view.lesson ? lessons.find((candidate) => candidate.id === view.lesson) : null;
	if (lesson) return draftFromLesson(lesson);
	const narrowed = view.themes !== null || view.query.trim() !== '';
	const shown = narrowed
		? createEventFilter(events)({ themes: view.themes, query: view.query })
		: [];
	const ids = shown.map((event) => event.id);
	if (view.event && !ids.includes(view.event)) ids.unshift(view.event);
	return {
		...emptyDraft(),
		steps: ids.slice(0, LIMITS.steps).map((event) => ({ event, prompt: '' })),
		themes: view.themes && view.themes.length > 0 ? [...view.themes] : null,
		window: view.window ? { ...view.window } : null
	};
}
