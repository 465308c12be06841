import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonFromRecord } from '$lib/collection/lessons.ts';
import { yamlRecord } from '$lib/collection/records.ts';
import type { ContentProblem } from '$lib/collection/errors.ts';
import { LessonSchema } from '$lib/model/schema.ts';
import { lessonFileId, readLessonYaml, writeLessonYaml } from './lesson-yaml.ts';
import { draftFromLesson } from './lesson-record.ts';

const presets = readdirSync('events/lessons').map((name) => ({
	id: name.replace(/\.yaml$/, ''),
	text: readFileSync(`events/lessons/${name}`, 'utf8')
}));

// Text the build accepts (not empty once trimmed), including markup, quotes and YAML syntax.
const text = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
	.map((value) => `${value}`.trim())
	.filter((value) => value.length > 0);
const hostile = fc.constantFrom(
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"quoted" and \'single\': # not a comment',
	'- not a list\n? not a key\n&anchor *alias',
	'\u202Eright-to-left override',
	'{{ template }} ${x} %TAG'
);
const id = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/);

describe('writeLessonYaml', () => {
	it('writes each shipped preset as its file, line for line but where long texts fold', () => {
		// The presets were folded by hand, not all at one width: compare with each text unfolded.
		const unfolded = (text: string) => text.replace(/\n {2,}(?![- ])/g, ' ');
		for (const preset of presets) {
			const record = LessonSchema.parse(parseYaml(preset.text));
			expect(unfolded(writeLessonYaml(record, preset.id))).toBe(unfolded(preset.text));
		}
	});

	it('writes YAML the build reads back as the same lesson', () => {
		fc.assert(
			fc.property(
				fc.record({
					title: fc.oneof(text, hostile),
					introduction: fc.oneof(text, hostile),
					events: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
					questions: fc.array(fc.oneof(text, hostile), { minLength: 1, maxLength: 4 }),
					themes: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 3 }), { nil: undefined }),
					level: fc.option(fc.oneof(text, hostile), { nil: undefined }),
					minutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
					objectives: fc.option(fc.array(fc.oneof(text, hostile), { minLength: 1, maxLength: 3 }), {
						nil: undefined
					}),
					teacherNotes: fc.option(fc.oneof(text, hostile), { nil: undefined })
				}),
				fc.option(fc.oneof(text, hostile), { nil: undefined }),
				(lesson, prompt) => {
					const { themes, ...rest } = lesson;
					const given = Object.fromEntries(
						Object.entries(rest).filter(([, value]) => value !== undefined)
					) as typeof rest;
					const record = {
						...given,
						...(themes ? { themes } : {}),
						...(prompt ? { prompts: { [lesson.events[0]!]: prompt } } : {})
					};
					const problems: ContentProblem[] = [];
					const file = 'events/lessons/x.yaml';
					const read = lessonFromRecord(
						yamlRecord(file, writeLessonYaml(record, 'x'), problems),
						problems
					);
					expect(problems).toEqual([]);
					expect(read).toEqual({ id: 'x', ...LessonSchema.parse(record) });
				}
			),
			{ numRuns: 100 }
		);
	});

	it('writes YAML that Prettier leaves as it is, so a downloaded preset can be committed', async () => {
		const { format } = await import('prettier');
		const written = writeLessonYaml(
			{
				title: 'Hostile: <script>alert(1)</script> # "quotes"',
				introduction: `${'A long introduction with many words. '.repeat(12)}\u202Eend`,
				events: ['a', 'b-c'],
				themes: ['labour'],
				window: { from: '2011-01-01', to: '2012-01-01' },
				questions: ['- not a list\n? not a key', 'javascript:alert(1)'],
				prompts: { a: '&anchor *alias' }
			},
			'x'
		);
		expect(await format(written, { parser: 'yaml', printWidth: 100, singleQuote: true })).toBe(
			written
		);
	});
});

describe('readLessonYaml', () => {
	it('reads a preset into a draft', () => {
		const result = readLessonYaml(presets[0]!.text);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.draft).toEqual(
				draftFromLesson(LessonSchema.parse(parseYaml(presets[0]!.text)))
			);
	});

	it('refuses a bad file, naming the field', () => {
		const bad = (text: string) =>
			(readLessonYaml(text) as { ok: false; problems: string[] }).problems;
		expect(bad('title: A\nintroduction: B\nevents: []\nquestions: [Q]')).toEqual([
			'events needs at least one event'
		]);
		expect(bad('title: A\nintroduction: B\nevents: [Not An Id]\nquestions: [Q]')).toEqual([
			'events[0] must be lower-case words joined by hyphens'
		]);
		expect(bad('title: A\nintroduction: B\nevents: [a]\nquestions: [Q]\nscript: x')[0]).toMatch(
			/script/
		);
		expect(bad('title: [unclosed')[0]).toMatch(/^The file is not valid YAML/);
		expect(bad(`title: ${'x'.repeat(500)}\nintroduction: B\nevents: [a]\nquestions: [Q]`)).toEqual([
			'title is 500 characters long; the builder keeps at most 120'
		]);
		expect(bad('x'.repeat(300_000))[0]).toMatch(/larger than 256 KB/);
	});
});

describe('lessonFileId', () => {
	it('makes a file name from a title', () => {
		expect(lessonFileId('Zhanaozen & the “state of emergency”!')).toBe(
			'zhanaozen-the-state-of-emergency'
		);
		expect(lessonFileId('Қазақстан')).toBe('qazaqstan');
		expect(lessonFileId('中文')).toBe('my-lesson');
	});

	it('drops accents, as every file name the site makes does', () => {
		expect(lessonFileId('Zhanaözen in December')).toBe('zhanaozen-in-december');
	});
});
