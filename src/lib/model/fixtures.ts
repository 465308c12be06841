import type { TimelineEvent } from './types.ts';

/** For tests: a built event whose fields are all empty or plain, but for those given. */
export function timelineEvent(fields: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id: 'e',
		title: 'An event',
		date: { kind: 'single', value: { precision: 'year', year: 2011 } },
		approximate: false,
		status: 'happened',
		themes: [],
		actors: [],
		places: [],
		quotes: [],
		figures: [],
		claims: [],
		charts: [],
		related: [],
		description: '',
		...fields
	};
}

/** For tests: the fields every lesson preset needs, plain. */
export const lessonFields = {
	title: 'A lesson',
	introduction: 'Why it matters.',
	events: ['vote'],
	questions: ['What happened?']
};
