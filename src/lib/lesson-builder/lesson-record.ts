import { formatIsoDay, MS_PER_DAY } from '$lib/model/days.ts';
import { eventExtent } from '$lib/model/precision.ts';
import { lessonPrompt, type Lesson, type TimelineEvent } from '$lib/model/types.ts';
import { LIMITS, type LessonDetailsDraft, type LessonDraft } from './lesson-draft.ts';

/** The chosen events' themes, the most used first: the lesson's themes until the teacher picks. */
export function defaultThemes(events: readonly TimelineEvent[]): string[] {
	const counts = new Map<string, number>();
	for (const event of events)
		for (const theme of event.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([theme]) => theme);
}

/** The days from a little before the first event to a little after the last. */
export function defaultWindow(
	events: readonly TimelineEvent[]
): { from: string; to: string } | null {
	if (events.length === 0) return null;
	const extents = events.map((event) => eventExtent(event.date));
	const start = Math.min(...extents.map((extent) => extent.start.getTime()));
	const end = Math.max(...extents.map((extent) => extent.end.getTime()));
	const margin = Math.max((end - start) * 0.08, 60 * MS_PER_DAY);
	return { from: formatIsoDay(new Date(start - margin)), to: formatIsoDay(new Date(end + margin)) };
}

export interface ResolvedLesson {
	/** The lesson as a preset page shows it. */
	lesson: Lesson;
	/** The events this build holds, in the lesson's order. */
	events: TimelineEvent[];
	/** Each step's prompt, by event id; only steps that have one. */
	prompts: Record<string, string>;
	/** Ids the lesson names that this build does not hold, in the lesson's order. */
	missing: string[];
}

/**
 * Looks the draft's events up in the collection. An id the collection lacks (an event a later
 * build dropped) is reported in `missing`, and the rest of the lesson still shows.
 */
export function resolveLesson(
	draft: LessonDraft,
	eventsById: ReadonlyMap<string, TimelineEvent>,
	id = 'my-lesson'
): ResolvedLesson {
	const events: TimelineEvent[] = [];
	const missing: string[] = [];
	const prompts: Record<string, string> = {};
	for (const step of draft.steps) {
		const event = eventsById.get(step.event);
		if (!event) {
			missing.push(step.event);
			continue;
		}
		events.push(event);
		if (step.prompt.trim()) prompts[event.id] = step.prompt.trim();
	}
	const themes = draft.themes ?? defaultThemes(events);
	const window = draft.window ?? defaultWindow(events);
	return {
		lesson: {
			id,
			title: draft.title.trim(),
			introduction: draft.introduction.trim(),
			events: events.map((event) => event.id),
			questions: draft.questions.map((question) => question.trim()).filter(Boolean),
			...(themes.length > 0 ? { themes } : {}),
			...(window ? { window } : {}),
			...(Object.keys(prompts).length > 0 ? { prompts } : {}),
			...detailsRecord(draft.details)
		},
		events,
		prompts,
		missing
	};
}

/** The details a lesson record holds: those given, trimmed; empty ones left out. */
function detailsRecord(details: LessonDetailsDraft): Partial<Lesson> {
	const level = details.level.trim();
	const objectives = details.objectives.map((objective) => objective.trim()).filter(Boolean);
	const teacherNotes = details.teacherNotes.trim();
	return {
		...(level ? { level } : {}),
		...(details.minutes !== null ? { minutes: details.minutes } : {}),
		...(objectives.length > 0 ? { objectives } : {}),
		...(teacherNotes ? { teacherNotes } : {})
	};
}

/** A preset copied into a draft ("Start from this lesson"). */
export function draftFromLesson(
	lesson: Omit<Lesson, 'id'> & { prompts?: Record<string, string> }
): LessonDraft {
	return {
		title: lesson.title.slice(0, LIMITS.title),
		introduction: lesson.introduction.slice(0, LIMITS.introduction),
		steps: lesson.events.slice(0, LIMITS.steps).map((event) => ({
			event,
			prompt: (lessonPrompt(lesson, event) ?? '').slice(0, LIMITS.prompt)
		})),
		questions: lesson.questions
			.slice(0, LIMITS.questions)
			.map((question) => question.slice(0, LIMITS.question)),
		themes: lesson.themes ? [...lesson.themes] : null,
		window: lesson.window ? { ...lesson.window } : null,
		details: {
			level: (lesson.level ?? '').slice(0, LIMITS.level),
			minutes: lesson.minutes ?? null,
			objectives: (lesson.objectives ?? [])
				.slice(0, LIMITS.objectives)
				.map((objective) => objective.slice(0, LIMITS.objective)),
			teacherNotes: (lesson.teacherNotes ?? '').slice(0, LIMITS.teacherNotes)
		}
	};
}

/** What a lesson lacks before the build would take it as a preset: each as "it needs …". */
export function presetProblems({ lesson, events }: ResolvedLesson): string[] {
	return [
		...(lesson.title ? [] : ['it needs a title']),
		...(lesson.introduction ? [] : ['it needs an introduction']),
		...(events.length > 0 ? [] : ['it needs at least one event']),
		...(lesson.questions.length > 0 ? [] : ['it needs at least one question'])
	];
}
