import { isId } from '../model/ids.ts';
import {
	cleanText,
	emptyDraft,
	isLessonMinutes,
	LIMITS,
	type LessonDraft,
	type LessonStepDraft
} from './lesson-draft.ts';

/** One thing wrong with a field of a lesson read from a link or storage, and what was done. */
export interface FieldProblem {
	/** The field, e.g. `steps[3].event`. */
	field: string;
	message: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a lesson out of untrusted data field by field. A bad field is dropped or cut and named
 * in `problems`, so that whatever is sound still shows. Null when the data is no lesson at all.
 */
export function readDraft(data: unknown): { draft: LessonDraft; problems: FieldProblem[] } | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const record = data as Record<string, unknown>;
	const problems: FieldProblem[] = [];
	const draft = emptyDraft();

	const readText = (value: unknown, field: string, limit: number): string | null => {
		if (typeof value !== 'string') {
			problems.push({ field, message: 'is not text, so it was left out' });
			return null;
		}
		const { text, changed } = cleanText(value);
		if (changed)
			problems.push({
				field,
				message: 'held hidden or direction-changing characters, which were removed'
			});
		if (text.length > limit) {
			problems.push({ field, message: `is longer than ${limit} characters, so it was cut` });
			return text.slice(0, limit);
		}
		return text;
	};

	draft.title = readText(record.title ?? '', 'title', LIMITS.title) ?? '';
	draft.introduction =
		readText(record.introduction ?? '', 'introduction', LIMITS.introduction) ?? '';

	const steps = readList(record.steps, 'steps', LIMITS.steps, problems);
	const seen = new Set<string>();
	steps.forEach((step, index) => {
		const field = `steps[${index}]`;
		const entry = (typeof step === 'object' && step !== null ? step : {}) as Record<
			string,
			unknown
		>;
		if (!isId(entry.event)) {
			problems.push({
				field: `${field}.event`,
				message: 'is not an event id, so the step was left out'
			});
			return;
		}
		if (seen.has(entry.event)) {
			problems.push({
				field: `${field}.event`,
				message: `repeats "${entry.event}", so it was left out`
			});
			return;
		}
		seen.add(entry.event);
		const prompt = readText(entry.prompt ?? '', `${field}.prompt`, LIMITS.prompt) ?? '';
		draft.steps.push({ event: entry.event, prompt } satisfies LessonStepDraft);
	});

	readList(record.questions, 'questions', LIMITS.questions, problems).forEach((question, index) => {
		const text = readText(question, `questions[${index}]`, LIMITS.question);
		if (text !== null) draft.questions.push(text);
	});

	if (record.themes !== undefined && record.themes !== null) {
		const themes = readList(record.themes, 'themes', 100, problems).filter(
			(theme, index): theme is string => {
				const ok = isId(theme);
				if (!ok)
					problems.push({
						field: `themes[${index}]`,
						message: 'is not a theme id, so it was left out'
					});
				return ok;
			}
		);
		draft.themes = themes.length > 0 ? [...new Set(themes)] : null;
	}

	if (record.window !== undefined && record.window !== null) {
		const window = record.window as Record<string, unknown>;
		const from = window?.from;
		const to = window?.to;
		if (
			typeof from === 'string' &&
			typeof to === 'string' &&
			DAY.test(from) &&
			DAY.test(to) &&
			from < to
		)
			draft.window = { from, to };
		else
			problems.push({
				field: 'window',
				message:
					'is not two days written YYYY-MM-DD, the first before the second, so the window fits the events'
			});
	}
	if (record.details !== undefined && record.details !== null) {
		const isRecord = typeof record.details === 'object' && !Array.isArray(record.details);
		if (!isRecord)
			problems.push({ field: 'details', message: 'is not a set of fields, so it was left out' });
		const details = (isRecord ? record.details : {}) as Record<string, unknown>;
		const { level, minutes, objectives, teacherNotes } = details;
		draft.details.level = readText(level ?? '', 'details.level', LIMITS.level) ?? '';
		if (minutes !== undefined && minutes !== null) {
			if (isLessonMinutes(minutes)) draft.details.minutes = minutes;
			else
				problems.push({
					field: 'details.minutes',
					message: `is not a whole number of minutes from 1 to ${LIMITS.minutes}, so it was left out`
				});
		}
		readList(objectives, 'details.objectives', LIMITS.objectives, problems).forEach(
			(objective, index) => {
				const text = readText(objective, `details.objectives[${index}]`, LIMITS.objective);
				if (text !== null) draft.details.objectives.push(text);
			}
		);
		draft.details.teacherNotes =
			readText(teacherNotes ?? '', 'details.teacherNotes', LIMITS.teacherNotes) ?? '';
	}
	return { draft, problems };
}

function readList(
	value: unknown,
	field: string,
	limit: number,
	problems: FieldProblem[]
): unknown[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) {
		problems.push({ field, message: 'is not a list, so it was left out' });
		return [];
	}
	if (value.length > limit) {
		problems.push({
			field,
			message: `has more than ${limit} entries; the first ${limit} are kept`
		});
		return value.slice(0, limit);
	}
	return value;
}
