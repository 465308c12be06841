import { presetProblems } from '$lib/lesson-builder/lesson-record.ts';
import { lessonFileId, writeLessonYaml } from '$lib/lesson-builder/lesson-yaml.ts';
import type { MadeTimeline } from '$lib/make/made-timeline.ts';
import type { LessonFile } from '$lib/make/site-folder.ts';
import type { Collection } from '$lib/model/types.ts';
import { madeLesson } from './made-context.ts';

/**
 * The timeline's lesson as a preset file of its site folder, written as the lesson builder
 * writes one. A lesson the build would not take yet is left out, and `leftOut` says what it
 * lacks ("it needs a title"); steps whose events the timeline no longer holds are dropped, as
 * the lesson builder shows them.
 */
export function lessonFiles(
	made: MadeTimeline,
	collection: Collection
): { files: LessonFile[]; leftOut: string | null } {
	const resolved = madeLesson(made, collection);
	// A lesson never begun is no lesson to leave out.
	const begun =
		resolved &&
		(resolved.lesson.title ||
			resolved.lesson.introduction ||
			resolved.lesson.questions.length > 0 ||
			resolved.events.length > 0 ||
			resolved.missing.length > 0);
	if (!resolved || !begun) return { files: [], leftOut: null };
	const lacks = presetProblems(resolved);
	if (lacks.length > 0) return { files: [], leftOut: lacks.join(', ') };
	const id = lessonFileId(resolved.lesson.title);
	const { id: _id, ...record } = resolved.lesson;
	return { files: [{ id, yaml: writeLessonYaml(record, id) }], leftOut: null };
}
