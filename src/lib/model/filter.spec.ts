import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './types.ts';
import { timelineEvent } from './fixtures.ts';
import { countByTheme, createEventFilter, highlightParts } from './filter.ts';

function event(id: string, themes: string[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return timelineEvent({
		id,
		title: `Title of ${id}`,
		themes,
		quotes: [{ text: `Quote of ${id}`, source: 's', paragraph: 1, start: 0, end: 1 }],
		description: `Description of ${id}`,
		...extra
	});
}

const events = [
	event('vote', ['elections'], { actors: ['OSCE'], places: ['Astana'] }),
	event('strike', ['labour', 'repression'], {
		quotes: [{ text: 'oil workers in Zhanaozen', source: 's', paragraph: 2, start: 0, end: 1 }]
	}),
	event('crash', ['economy'], { description: 'Banks nearly collapsed' })
];
const filter = createEventFilter(events);
const ids = (list: TimelineEvent[]) => list.map((item) => item.id);

describe('filtering by theme', () => {
	it('shows everything with no filter, and events with any chosen theme', () => {
		expect(ids(filter({ themes: null, query: '' }))).toEqual(['vote', 'strike', 'crash']);
		expect(ids(filter({ themes: ['labour'], query: '' }))).toEqual(['strike']);
		expect(ids(filter({ themes: ['repression', 'economy'], query: '' }))).toEqual([
			'strike',
			'crash'
		]);
		expect(filter({ themes: [], query: '' })).toEqual([]);
	});
});

describe('search', () => {
	it('searches titles, descriptions, quotes, actors and places, ignoring case', () => {
		expect(ids(filter({ themes: null, query: 'osce' }))).toEqual(['vote']);
		expect(ids(filter({ themes: null, query: 'astana' }))).toEqual(['vote']);
		expect(ids(filter({ themes: null, query: 'ZHANAOZEN' }))).toEqual(['strike']);
		expect(ids(filter({ themes: null, query: 'collapsed' }))).toEqual(['crash']);
		expect(ids(filter({ themes: null, query: 'title of' }))).toEqual(['vote', 'strike', 'crash']);
	});

	it('needs every word to match, and combines with themes', () => {
		expect(ids(filter({ themes: null, query: 'oil zhanaozen' }))).toEqual(['strike']);
		expect(ids(filter({ themes: null, query: 'oil osce' }))).toEqual([]);
		expect(ids(filter({ themes: ['elections'], query: 'zhanaozen' }))).toEqual([]);
	});

	it('counts events per theme', () => {
		expect(countByTheme(events)).toEqual({ elections: 1, labour: 1, repression: 1, economy: 1 });
	});
});

describe('highlightParts', () => {
	it('marks every occurrence of every word, case-insensitively', () => {
		expect(highlightParts('Oil workers and oil', 'oil')).toEqual([
			{ text: 'Oil', match: true },
			{ text: ' workers and ', match: false },
			{ text: 'oil', match: true }
		]);
		expect(highlightParts('abc', '')).toEqual([{ text: 'abc', match: false }]);
	});
});
