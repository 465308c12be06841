/**
 * A lesson as the builder holds it: the preset's fields, with a prompt beside each step, and
 * themes and window left null while they follow the chosen events.
 */
export interface LessonStepDraft {
	/** The event's id, as in `events/<id>.md`. */
	event: string;
	/** An optional task for this step; empty when there is none. */
	prompt: string;
}

/** The lesson plan's basics, each optional: empty text and null minutes are left out. */
export interface LessonDetailsDraft {
	level: string;
	minutes: number | null;
	objectives: string[];
	teacherNotes: string;
}

export interface LessonDraft {
	title: string;
	introduction: string;
	steps: LessonStepDraft[];
	questions: string[];
	/** Theme ids the lesson's timeline shows; null takes them from the chosen events. */
	themes: string[] | null;
	/** The stretch the timeline opens on; null fits the chosen events. */
	window: { from: string; to: string } | null;
	/** Age level, length, objectives and notes for the teacher. */
	details: LessonDetailsDraft;
}

/** How long each text may be, and how many steps and questions a lesson holds. */
export const LIMITS = {
	title: 120,
	introduction: 1200,
	question: 400,
	questions: 12,
	prompt: 200,
	steps: 30,
	level: 60,
	objective: 160,
	objectives: 5,
	teacherNotes: 1000,
	minutes: 600
} as const;

/** Whether a value is a lesson's length as the builder keeps it: whole minutes, 1 to the limit. */
export const isLessonMinutes = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LIMITS.minutes;

export function emptyDetails(): LessonDetailsDraft {
	return { level: '', minutes: null, objectives: [], teacherNotes: '' };
}

export function emptyDraft(): LessonDraft {
	return {
		title: '',
		introduction: '',
		steps: [],
		questions: [],
		themes: null,
		window: null,
		details: emptyDetails()
	};
}

/** Characters that reorder or hide text (bidi overrides and isolates, controls but tab and newline). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with the characters that could disguise it removed; `changed` says whether any were. */
export function cleanText(value: string): { text: string; changed: boolean } {
	const text = value.replace(HIDDEN_CHARACTERS, '');
	return { text, changed: text !== value };
}
