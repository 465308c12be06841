import { describe, expect, it } from 'vitest';
import { emptyDraft, type LessonDraft } from '$lib/lesson-builder/lesson-draft.ts';
import { typedField } from './lesson-typing.ts';

const draft = (changes: Partial<LessonDraft> = {}): LessonDraft => ({
	...emptyDraft(),
	steps: [
		{ event: 'a', prompt: '' },
		{ event: 'b', prompt: '' }
	],
	questions: ['Why?'],
	...changes
});

describe('typedField', () => {
	it('names the one text typed in: the title, a step’s prompt, a question', () => {
		expect(typedField(draft(), draft({ title: 'E' }))).toBe('lesson:0');
		const prompted = draft();
		prompted.steps[1]!.prompt = 'Look';
		expect(typedField(draft(), prompted)).toBe('lesson:3');
		expect(typedField(draft(), draft({ questions: ['Why not?'] }))).toBe('lesson:4');
	});

	it('names the details typed in, and each line of the objectives as one text', () => {
		const details = (changes: Partial<LessonDraft['details']>) =>
			draft({ details: { ...emptyDraft().details, ...changes } });
		expect(typedField(draft(), details({ level: 'Ages 15' }))).toBe('lesson:5');
		expect(
			typedField(details({ objectives: ['Read'] }), details({ objectives: ['Read', 'W'] }))
		).toBe('lesson:6');
		expect(typedField(draft(), details({ teacherNotes: 'B' }))).toBe('lesson:7');
		expect(typedField(draft(), details({ minutes: 45 }))).toBeUndefined();
	});

	it('names nothing for a step added, moved or removed, a question added, or a setting', () => {
		const added = draft();
		added.steps.push({ event: 'c', prompt: '' });
		expect(typedField(draft(), added)).toBeUndefined();
		expect(typedField(draft(), draft({ steps: [...draft().steps].reverse() }))).toBeUndefined();
		expect(typedField(draft(), draft({ questions: ['Why?', ''] }))).toBeUndefined();
		expect(typedField(draft(), draft({ themes: ['x'] }))).toBeUndefined();
		expect(typedField(draft(), draft({ title: 'A', introduction: 'B' }))).toBeUndefined();
	});
});
