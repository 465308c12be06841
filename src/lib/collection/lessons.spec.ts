import { describe, expect, it } from 'vitest';
import { buildCollection, type ContentFiles } from './collection.ts';
import { lessonFields } from '../model/fixtures.ts';
import { contentFiles, eventFile, sourceFile } from './fixtures.ts';
import { problemsOf } from './problems.ts';
import { readContentDir } from '../content/read-content-dir.ts';
import { LessonSchema } from '../model/schema.ts';

const source = sourceFile([
	'On January 15, the country held its elections.',
	'Workers struck in the oil-rich west in 2011.'
]);

const event = (id: string, date: string, theme: string, quote: string) =>
	eventFile(
		id,
		`title: ${id}\ndate: '${date}'\nthemes: [${theme}]\nquotes:\n  - { text: '${quote}', source: article }`
	);

const lesson = `
title: Strikes and a vote
introduction: How a strike came before a vote.
events: [vote, strikes]
themes: [elections, labour]
window: { from: '2011-01-01', to: '2012-02-01' }
questions:
  - Why might the order of these events matter?
`;

function files(lessons: Record<string, string> = {}): ContentFiles {
	return contentFiles({
		source,
		events: {
			'events/vote.md': event('vote', '2012-01-15', 'elections', 'the country held its elections'),
			'events/strikes.md': event('strikes', '2011', 'labour', 'Workers struck in the oil-rich west')
		},
		lessons: { 'events/lessons/strikes-and-a-vote.yaml': lesson, ...lessons }
	});
}

const broken = (edit: (text: string) => string, file = 'events/lessons/x.yaml') =>
	problemsOf(files({ [file]: edit(lesson) }));

describe('LessonSchema', () => {
	it('reads a full preset, and one without the optional themes and window', () => {
		const full = LessonSchema.parse({
			...lessonFields,
			themes: ['elections'],
			window: { from: '2011-01-01', to: '2012-01-01' },
			level: 'Ages 15–18',
			minutes: 45,
			objectives: ['Compare two accounts of one event.'],
			teacherNotes: 'Hand out the article the week before.'
		});
		expect(full.window).toEqual({ from: '2011-01-01', to: '2012-01-01' });
		expect(full).toMatchObject({ level: 'Ages 15–18', minutes: 45 });
		expect(full.objectives).toEqual(['Compare two accounts of one event.']);
		expect(full.teacherNotes).toBe('Hand out the article the week before.');
		const bare = LessonSchema.parse(lessonFields);
		expect(bare.themes).toBeUndefined();
		expect(bare.window).toBeUndefined();
	});

	it('reads a prompt for some of the steps, by event id', () => {
		const withPrompts = LessonSchema.parse({
			...lessonFields,
			prompts: { vote: 'Which words show the author’s view?' }
		});
		expect(withPrompts.prompts).toEqual({ vote: 'Which words show the author’s view?' });
	});
});

describe('buildCollection with lessons', () => {
	it('adds each lesson with its id from the file name, events in the given order', () => {
		const { lessons } = buildCollection(files());
		expect(lessons).toHaveLength(1);
		expect(lessons[0]).toMatchObject({ id: 'strikes-and-a-vote', events: ['vote', 'strikes'] });
	});

	it('sorts lessons by their earliest event', () => {
		const later = lesson.replace('events: [vote, strikes]', 'events: [vote]');
		const { lessons } = buildCollection(files({ 'events/lessons/a-later-one.yaml': later }));
		expect(lessons.map((item) => item.id)).toEqual(['strikes-and-a-vote', 'a-later-one']);
	});

	it('reads the shipped lessons from events/lessons/', () => {
		const { lessons } = buildCollection(readContentDir('events'));
		expect(lessons.length).toBeGreaterThanOrEqual(3);
		for (const shipped of lessons) expect(shipped.questions.length).toBeGreaterThan(0);
	});

	it('accepts a folder without lessons', () => {
		expect(buildCollection({ ...files(), lessons: undefined }).lessons).toEqual([]);
	});
});

describe('buildCollection rejects a lesson, naming the file and the field', () => {
	it('an unknown event', () => {
		expect(broken((text) => text.replace('[vote, strikes]', '[vote, strikes, foo]'))).toContain(
			'events/lessons/x.yaml: events[2] "foo" is not a known event'
		);
	});

	it('a prompt for an event the lesson does not list, or an empty prompt', () => {
		expect(broken((text) => `${text}prompts:\n  foo: Which words?\n`)).toContain(
			'events/lessons/x.yaml: prompts.foo "foo" is not one of the lesson\'s events'
		);
		expect(broken((text) => `${text}prompts:\n  vote: ''\n`)).toContain(
			'events/lessons/x.yaml: prompts.vote must not be empty'
		);
	});

	it('an event listed twice', () => {
		expect(broken((text) => text.replace('[vote, strikes]', '[vote, strikes, vote]'))).toContain(
			'events/lessons/x.yaml: events[2] "vote" is already listed as events[0]'
		);
	});

	it('an unknown theme', () => {
		expect(
			broken((text) => text.replace('[elections, labour]', '[elections, labour, weather]'))
		).toContain('events/lessons/x.yaml: themes[2] "weather" is not a known theme');
	});

	it('a themes filter that would hide one of its events', () => {
		expect(broken((text) => text.replace('[elections, labour]', '[elections]'))).toContain(
			'events/lessons/x.yaml: events[1] "strikes" has none of the lesson\'s themes, so the themes filter would hide it'
		);
	});

	it('a window that ends before it starts, or is not made of real days', () => {
		expect(broken((text) => text.replace("to: '2012-02-01'", "to: '2010-12-31'"))).toContain(
			'events/lessons/x.yaml: window.to must be after window.from'
		);
		expect(broken((text) => text.replace("from: '2011-01-01'", "from: '2011-02-30'"))).toContain(
			'events/lessons/x.yaml: window.from must be a real day written YYYY-MM-DD'
		);
		expect(broken((text) => text.replace("to: '2012-02-01'", "to: '2012'"))).toContain(
			'events/lessons/x.yaml: window.to must be a real day written YYYY-MM-DD'
		);
	});

	it('missing or empty fields', () => {
		expect(broken((text) => text.replace(/questions:[\s\S]*$/, 'questions: []\n'))).toContain(
			'events/lessons/x.yaml: questions needs at least one question'
		);
		expect(broken((text) => text.replace('events: [vote, strikes]', 'events: []'))).toContain(
			'events/lessons/x.yaml: events needs at least one event'
		);
		expect(broken((text) => text.replace(/introduction: .*\n/, ''))).toContainEqual(
			expect.stringMatching(/^events\/lessons\/x\.yaml: introduction Invalid input/)
		);
		expect(broken((text) => text.replace('title: Strikes and a vote', "title: ''"))).toContain(
			'events/lessons/x.yaml: title must not be empty'
		);
	});

	it('an unknown field, or a window with an extra key', () => {
		expect(broken((text) => text + 'difficulty: easy\n')).toContainEqual(
			expect.stringMatching(/^events\/lessons\/x\.yaml: Unrecognized key: "difficulty"/)
		);
		expect(
			broken((text) => text.replace("to: '2012-02-01'", "to: '2012-02-01', by: me"))
		).toContainEqual(
			expect.stringMatching(/^events\/lessons\/x\.yaml: window Unrecognized key: "by"/)
		);
	});

	it('lesson details that are not minutes or sentences', () => {
		expect(broken((text) => text + 'minutes: 0\n')).toContain(
			'events/lessons/x.yaml: minutes must be at least 1 minute'
		);
		expect(broken((text) => text + 'minutes: 45.5\n')).toContain(
			'events/lessons/x.yaml: minutes must be a whole number of minutes'
		);
		expect(broken((text) => text + 'objectives: []\n')).toContain(
			'events/lessons/x.yaml: objectives lists no objectives; leave the field out'
		);
	});

	it('a file name that is not an id, and YAML that does not parse', () => {
		expect(broken((text) => text, 'events/lessons/My Lesson.yaml')).toContain(
			'events/lessons/My Lesson.yaml: needs a file name of lower-case words joined by hyphens, e.g. oil-wealth.yaml'
		);
		expect(broken(() => 'title: [unclosed')).toContainEqual(
			expect.stringMatching(/^events\/lessons\/x\.yaml: is not valid YAML/)
		);
	});
});
