import { parse } from 'yaml';
import { schemaProblems, type ContentProblem } from './errors.ts';
import { fileStem } from './file-names.ts';
import { isId } from '../model/ids.ts';
import { eventExtent, type EventDate } from '../model/precision.ts';
import { LessonSchema } from '../model/schema.ts';
import type { Lesson } from '../model/types.ts';

/** Parses every lesson file; the references to events and themes are checked later. */
export function readLessons(
	files: Record<string, string>,
	problems: ContentProblem[]
): Array<{ file: string; lesson: Lesson }> {
	const lessons: Array<{ file: string; lesson: Lesson }> = [];
	for (const [file, content] of Object.entries(files)) {
		const id = fileStem(file);
		if (!isId(id)) {
			problems.push({
				file,
				message: 'needs a file name of lower-case words joined by hyphens, e.g. oil-wealth.yaml'
			});
		}
		let data: unknown;
		try {
			data = parse(content);
		} catch (error) {
			problems.push({ file, message: `is not valid YAML: ${(error as Error).message}` });
			continue;
		}
		const result = LessonSchema.safeParse(data);
		if (!result.success) {
			problems.push(...schemaProblems(file, result.error));
			continue;
		}
		lessons.push({ file, lesson: { id, ...result.data } });
	}
	return lessons;
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
