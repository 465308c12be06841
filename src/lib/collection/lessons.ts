import { schemaProblems, type ContentProblem } from './errors.ts';
import type { RawRecord } from './records.ts';
import { isId } from '../model/ids.ts';
import { eventExtent, type EventDate } from '../model/precision.ts';
import { LessonSchema } from '../model/schema.ts';
import type { LessonRecord } from '../model/schema.ts';
import type { Lesson } from '../model/types.ts';

/**
 * Checks one lesson record against the schema: a preset of the collection, or a lesson file
 * opened in the builder. The references to events and themes are checked by `checkLesson`.
 */
export function readLessonRecord(
	{ name, data }: RawRecord,
	problems: ContentProblem[]
): LessonRecord | null {
	const result = LessonSchema.safeParse(data);
	if (result.success) return result.data;
	problems.push(...schemaProblems(name, result.error));
	return null;
}

/** A preset of the collection: its id is its record's (the file's name). */
export function lessonFromRecord(record: RawRecord, problems: ContentProblem[]): Lesson | null {
	const id = record.id ?? '';
	if (!isId(id)) {
		problems.push({
			file: record.name,
			message: 'needs a file name of lower-case words joined by hyphens, e.g. oil-wealth.yaml'
		});
	}
	const lesson = readLessonRecord(record, problems);
	return lesson && { id, ...lesson };
}

interface LessonContext {
	themeIds: Set<string>;
	/** Each event's themes, by event id. */
	eventThemes: Map<string, string[]>;
}

/** Reports events and themes a lesson names but the collection does not hold. */
export function checkLesson(
	{ file, lesson }: { file: string; lesson: Lesson },
	context: LessonContext,
	problems: ContentProblem[]
): void {
	const lessonThemes = lesson.themes;
	const firstIndex = new Map<string, number>();
	lesson.events.forEach((id, index) => {
		const field = `events[${index}]`;
		const earlier = firstIndex.get(id);
		if (earlier !== undefined) {
			problems.push({ file, field, message: `"${id}" is already listed as events[${earlier}]` });
			return;
		}
		firstIndex.set(id, index);
		const themes = context.eventThemes.get(id);
		if (!themes) {
			problems.push({ file, field, message: `"${id}" is not a known event` });
		} else if (lessonThemes && !themes.some((theme) => lessonThemes.includes(theme))) {
			// The filter would hide the lesson's own event wherever the lesson sets it.
			problems.push({
				file,
				field,
				message: `"${id}" has none of the lesson's themes, so the themes filter would hide it`
			});
		}
	});
	for (const id of Object.keys(lesson.prompts ?? {}))
		if (!firstIndex.has(id))
			problems.push({
				file,
				field: `prompts.${id}`,
				message: `"${id}" is not one of the lesson's events`
			});
	lessonThemes?.forEach((theme, index) => {
		if (!context.themeIds.has(theme))
			problems.push({
				file,
				field: `themes[${index}]`,
				message: `"${theme}" is not a known theme`
			});
	});
}

/** Lessons in the order of the history they cover: by their earliest event, then by id. */
export function sortLessons(lessons: Lesson[], eventDates: Map<string, EventDate>): Lesson[] {
	const earliest = (lesson: Lesson) =>
		Math.min(
			...lesson.events.map((id) => {
				const date = eventDates.get(id);
				return date ? eventExtent(date).start.getTime() : Infinity;
			})
		);
	return [...lessons].sort((a, b) => earliest(a) - earliest(b) || a.id.localeCompare(b.id));
}
