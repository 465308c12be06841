import { describe, expect, it } from 'vitest';
import { timelineEvent } from '$lib/model/fixtures.ts';
import { emptyDraft } from './lesson-draft.ts';
import {
	defaultThemes,
	defaultWindow,
	draftFromLesson,
	presetProblems,
	resolveLesson
} from './lesson-record.ts';

const vote = timelineEvent({
	id: 'vote',
	themes: ['elections', 'parties'],
	date: { kind: 'single', value: { precision: 'day', year: 2012, month: 1, day: 15 } }
});
const strike = timelineEvent({
	id: 'strike',
	themes: ['labour', 'elections'],
	date: { kind: 'single', value: { precision: 'year', year: 2011 } }
});
const byId = new Map([vote, strike].map((event) => [event.id, event]));

describe('resolveLesson', () => {
	it('shows the events this build holds and names the ones it lacks', () => {
		const draft = {
			...emptyDraft(),
			title: ' A lesson ',
			steps: [
				{ event: 'strike', prompt: 'Who struck?' },
				{ event: 'gone-event', prompt: '' },
				{ event: 'vote', prompt: ' ' }
			],
			questions: ['Why?', '  ']
		};
		const resolved = resolveLesson(draft, byId);
		expect(resolved.events.map((event) => event.id)).toEqual(['strike', 'vote']);
		expect(resolved.missing).toEqual(['gone-event']);
		expect(resolved.prompts).toEqual({ strike: 'Who struck?' });
		expect(resolved.lesson).toMatchObject({
			title: 'A lesson',
			events: ['strike', 'vote'],
			questions: ['Why?'],
			themes: ['elections', 'labour', 'parties']
		});
	});

	it('takes themes and window from the events until the teacher sets them', () => {
		expect(defaultThemes([vote, strike])).toEqual(['elections', 'parties', 'labour']);
		const window = defaultWindow([vote, strike])!;
		expect(window.from < '2011-01-01' && window.to > '2012-01-15').toBe(true);
		expect(defaultWindow([])).toBeNull();
		const set = resolveLesson(
			{
				...emptyDraft(),
				steps: [{ event: 'vote', prompt: '' }],
				themes: ['parties'],
				window: { from: '2000-01-01', to: '2001-01-01' }
			},
			byId
		);
		expect(set.lesson.themes).toEqual(['parties']);
		expect(set.lesson.window).toEqual({ from: '2000-01-01', to: '2001-01-01' });
	});

	it('copies a preset into a draft, prompts included', () => {
		const draft = draftFromLesson({
			title: 'T',
			introduction: 'I',
			events: ['vote', 'strike'],
			questions: ['Q'],
			prompts: { strike: 'P' }
		});
		expect(draft.steps).toEqual([
			{ event: 'vote', prompt: '' },
			{ event: 'strike', prompt: 'P' }
		]);
		expect(draft.themes).toBeNull();
	});
});

describe('presetProblems', () => {
	it('names what an empty lesson lacks, and nothing once each is there', () => {
		expect(presetProblems(resolveLesson(emptyDraft(), byId))).toEqual([
			'it needs a title',
			'it needs an introduction',
			'it needs at least one event',
			'it needs at least one question'
		]);
		const draft = {
			...emptyDraft(),
			title: 'Votes',
			introduction: 'Two votes.',
			steps: [{ event: 'vote', prompt: '' }],
			questions: ['Why?']
		};
		expect(presetProblems(resolveLesson(draft, byId))).toEqual([]);
	});
});
