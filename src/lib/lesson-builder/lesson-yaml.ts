import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { ContentProblem } from '$lib/collection/errors.ts';
import { readLessonRecord } from '$lib/collection/lessons.ts';
import { yamlRecord } from '$lib/collection/records.ts';
import { idFromTitle } from '$lib/model/ids.ts';
import type { LessonRecord } from '$lib/model/schema.ts';
import { LIMITS, type LessonDraft } from './lesson-draft.ts';
import { draftFromLesson } from './lesson-record.ts';

/** Larger than any lesson the builder can make; a bigger file is refused before it is parsed. */
const MAX_FILE_BYTES = 256 * 1024;

/** The id a preset made from this title would get: its file name, `events/lessons/<id>.yaml`. */
export function lessonFileId(title: string): string {
	return idFromTitle(title, 'my-lesson');
}

/**
 * A lesson written as `events/lessons/<id>.yaml` is written by hand: the comment line, long
 * texts folded at 100 columns, themes and window on one line each.
 */
export function writeLessonYaml(lesson: LessonRecord, id: string): string {
	const document = new Document(lesson);
	const root = document.contents;
	if (isMap(root)) {
		for (const pair of root.items) {
			const key = isScalar(pair.key) ? pair.key.value : null;
			if ((key === 'introduction' || key === 'teacherNotes') && isScalar(pair.value))
				pair.value.type = Scalar.BLOCK_FOLDED;
			if ((key === 'questions' || key === 'objectives') && isSeq(pair.value))
				for (const item of pair.value.items) if (isScalar(item)) item.type = Scalar.BLOCK_FOLDED;
			if ((key === 'themes' || key === 'window') && (isSeq(pair.value) || isMap(pair.value)))
				pair.value.flow = true;
			// YAML 1.1 readers take an unquoted 2011-12-16 for a date; the schema wants text.
			if (key === 'window' && isMap(pair.value))
				for (const day of pair.value.items)
					if (isScalar(day.value)) day.value.type = Scalar.QUOTE_SINGLE;
		}
	}
	// 98 columns folds as Prettier does at its printWidth of 100, so a downloaded preset passes
	// `prettier --check` as it is. Prettier pads a flow map's braces but not a list's brackets;
	// the yaml package pads both or neither, so the one map is padded here.
	const body = document
		.toString({
			lineWidth: 98,
			minContentWidth: 20,
			singleQuote: true,
			flowCollectionPadding: false
		})
		.replace(/^window: \{(.*)\}$/m, 'window: { $1 }');
	return `# A lesson preset: /lessons/${id}. Events are shown in the order listed.\n${body}`;
}

export type LessonFileResult = { ok: true; draft: LessonDraft } | { ok: false; problems: string[] };

/**
 * Reads a preset file back into a draft, with the build's own reader: a file the build would
 * refuse is refused here too, with the field named. Which events exist is checked when the
 * draft is shown, against the events this build holds.
 */
export function readLessonYaml(text: string): LessonFileResult {
	if (new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES)
		return {
			ok: false,
			problems: [`The file is larger than ${MAX_FILE_BYTES / 1024} KB; no lesson is that long.`]
		};
	// Read as the build reads a preset, so that the problems are the build's own.
	const problems: ContentProblem[] = [];
	const record = yamlRecord('file', text, problems);
	const lesson = problems.length === 0 ? readLessonRecord(record, problems) : null;
	if (!lesson)
		return {
			ok: false,
			problems: problems.map(({ field, message }) =>
				field ? `${field} ${message}` : `The file ${message}`
			)
		};
	const tooLong = [
		...lengthProblem('title', lesson.title, LIMITS.title),
		...lengthProblem('introduction', lesson.introduction, LIMITS.introduction),
		...lesson.questions.flatMap((question, index) =>
			lengthProblem(`questions[${index}]`, question, LIMITS.question)
		),
		...Object.entries(lesson.prompts ?? {}).flatMap(([event, prompt]) =>
			lengthProblem(`prompts.${event}`, prompt, LIMITS.prompt)
		),
		...(lesson.events.length > LIMITS.steps
			? [`events has ${lesson.events.length} entries; a lesson here holds at most ${LIMITS.steps}`]
			: []),
		...(lesson.questions.length > LIMITS.questions
			? [
					`questions has ${lesson.questions.length} entries; a lesson here holds at most ${LIMITS.questions}`
				]
			: [])
	];
	if (tooLong.length > 0) return { ok: false, problems: tooLong };
	return { ok: true, draft: draftFromLesson(lesson) };
}

function lengthProblem(field: string, value: string, limit: number): string[] {
	return value.length > limit
		? [`${field} is ${value.length} characters long; the builder keeps at most ${limit}`]
		: [];
}
