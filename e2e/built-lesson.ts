import { encodeLessonLink } from '../src/lib/lesson-builder/lesson-link.ts';
import type { LessonDraft } from '../src/lib/lesson-builder/lesson-draft.ts';

/** A lesson as the builder makes one: three events out of date order, a prompt and a question. */
export const BUILT_LESSON: LessonDraft = {
	title: 'Oil, protest and the state',
	introduction: 'Three events, latest first, made in the lesson builder for the tests.',
	steps: [
		{ event: 'state-of-emergency-extended', prompt: '' },
		{ event: 'zhanaozen-massacre', prompt: 'Who reported the number of dead?' },
		{ event: 'oil-workers-strikes', prompt: '' }
	],
	questions: ['Why did the strikes last so long?'],
	themes: null,
	window: null,
	details: { level: '', minutes: null, objectives: [], teacherNotes: '' }
};

const encoded = await encodeLessonLink(BUILT_LESSON);
if (!encoded.ok) throw new Error(encoded.message);
/** Its link code, as the site's own codec writes it: what follows the # in its address. */
export const BUILT_LESSON_CODE = encoded.code;
