import { describe, expect, it } from 'vitest';
import { lessonFields, timelineEvent } from '$lib/model/fixtures.ts';
import { draftFromView } from './start-draft.ts';

const events = [
	timelineEvent({ id: 'strike', title: 'Oil workers strike', themes: ['labour'] }),
	timelineEvent({ id: 'vote', title: 'A vote', themes: ['elections'] }),
	timelineEvent({ id: 'massacre', title: 'Oil workers killed', themes: ['labour', 'repression'] })
];
const view = { themes: null, query: '', event: null, window: null, lesson: null };
const lesson = { ...lessonFields, id: 'preset', title: 'A preset' };

describe('draftFromView', () => {
	it('takes the events a search or theme filter shows, with the selected one first', () => {
		const draft = draftFromView({ ...view, query: 'oil', event: 'vote' }, events, []);
		expect(draft.steps.map((step) => step.event)).toEqual(['vote', 'strike', 'massacre']);
		const themed = draftFromView({ ...view, themes: ['repression'] }, events, []);
		expect(themed.steps.map((step) => step.event)).toEqual(['massacre']);
		expect(themed.themes).toEqual(['repression']);
	});

	it('takes only the selected event from an unfiltered view, and copies a lesson view', () => {
		expect(draftFromView({ ...view, event: 'strike' }, events, []).steps).toEqual([
			{ event: 'strike', prompt: '' }
		]);
		expect(draftFromView(view, events, []).steps).toEqual([]);
		expect(draftFromView({ ...view, lesson: 'preset' }, events, [lesson]).title).toBe('A preset');
	});
});
