import type { LessonDraft } from '$lib/lesson-builder/lesson-draft.ts';

/** The texts a teacher types in a lesson, in a fixed order for drafts of the same shape. */
const texts = (draft: LessonDraft) => [
	draft.title,
	draft.introduction,
	...draft.steps.map((step) => step.prompt),
	...draft.questions,
	draft.details.level,
	draft.details.objectives.join('\n'),
	draft.details.teacherNotes
];

/** Which events, in which order, and how many questions: what typing never changes. */
const shape = (draft: LessonDraft) =>
	JSON.stringify([draft.steps.map((step) => step.event), draft.questions.length]);

/**
 * The one text typed in between two drafts, as the field `Maker.change` joins keystrokes by
 * ('lesson:2', the first step's prompt); undefined for any other change (a step added, removed or
 * moved, a question added, the timeline's settings), which is an undo step of its own.
 */
export function typedField(before: LessonDraft, after: LessonDraft): string | undefined {
	if (shape(before) !== shape(after)) return undefined;
	const [old, now] = [texts(before), texts(after)];
	const changed = now.flatMap((text, index) => (text === old[index] ? [] : [index]));
	const settings = (draft: LessonDraft) =>
		JSON.stringify([draft.themes, draft.window, draft.details.minutes]);
	if (changed.length !== 1 || settings(before) !== settings(after)) return undefined;
	return `lesson:${changed[0]}`;
}
