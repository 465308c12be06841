import { describe, expect, it } from 'vitest';
import { buildCollection } from '$lib/content/collection';
import { readContentDir } from '$lib/content/read-content-dir';
import { searchText } from '$lib/model/filter.ts';
import type { Lesson, TimelineEvent } from '$lib/model/types.ts';
import { DEFAULT_STATE } from '$lib/model/url-state.ts';
import { Explorer, type HistoryMode } from './explorer.svelte.ts';

// The real records, so that these tests also say what the site shows.
const collection = buildCollection(readContentDir('events'));
const allEvents = collection.events;
const themeIds = collection.themes.map((theme) => theme.id);
const BASE = 'https://example.test/';

interface Write {
	search: string;
	mode: HistoryMode;
}

interface HarnessOptions {
	/** The query string the page starts at; null is the prerendered page, before hydration. */
	search?: string | null;
	events?: TimelineEvent[];
	lessons?: Lesson[];
}

/** An explorer wired as the page wires it: its URL is state, and navigating rewrites it. */
function harness({
	search = '',
	events = allEvents,
	lessons = collection.lessons
}: HarnessOptions) {
	let url = $state.raw<URL | null>(search === null ? null : new URL(search, BASE));
	let currentEvents = $state.raw(events);
	const writes: Write[] = [];
	const explorer = new Explorer({
		events: () => currentEvents,
		themeIds,
		lessons,
		url: () => url,
		navigate: (search, mode) => {
			writes.push({ search, mode });
			url = new URL(search, url ?? BASE);
		}
	});
	return {
		explorer,
		writes,
		setEvents(next: TimelineEvent[]) {
			currentEvents = next;
		}
	};
}

const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);
const withTheme = (theme: string) => allEvents.filter((event) => event.themes.includes(theme));
const matchingWord = (word: string) =>
	allEvents.filter((event) => searchText(event).includes(word.toLowerCase()));

/** A lesson whose order is not the date order, so that following it is visible. */
const reordered = collection.lessons.find((candidate) => {
	const inDateOrder = ids(allEvents).filter((id) => candidate.events.includes(id));
	return inDateOrder.join() !== candidate.events.join();
});

/** A theme that some but not all events carry, so that filtering by it changes what is shown. */
const someTheme = themeIds.find((id) => {
	const count = withTheme(id).length;
	return count > 0 && count < allEvents.length;
})!;
const otherTheme = themeIds.find(
	(id) => id !== someTheme && withTheme(id).some((event) => !event.themes.includes(someTheme))
)!;
/** An event that `someTheme` hides. */
const hiddenBySomeTheme = allEvents.find((event) => !event.themes.includes(someTheme))!;

describe('the content these tests rely on', () => {
	it('has events, several themes and a lesson in its own order', () => {
		expect(allEvents.length).toBeGreaterThan(3);
		expect(someTheme).toBeDefined();
		expect(otherTheme).toBeDefined();
		expect(reordered).toBeDefined();
	});
});

describe('Explorer: the default state', () => {
	for (const [name, search] of [
		['a bare URL', ''],
		['no URL yet (prerendered)', null]
	] as const) {
		it(`shows every event, unfiltered and unselected, from ${name}`, () => {
			const { explorer, writes } = harness({ search });
			expect(explorer.state).toEqual(DEFAULT_STATE);
			expect(explorer.parsed.notices).toEqual([]);
			expect(ids(explorer.visible)).toEqual(ids(allEvents));
			expect(explorer.selected).toBeNull();
			expect(explorer.lesson).toBeNull();
			expect(explorer.filtered).toBe(false);
			expect(explorer.total).toBe(allEvents.length);
			expect(themeIds.every((id) => explorer.isThemeShown(id))).toBe(true);
			expect(writes).toEqual([]);
		});
	}

	it('starts a change from the default state before hydration', () => {
		const { explorer, writes } = harness({ search: null });
		explorer.setThemes([someTheme]);
		expect(writes).toEqual([{ search: `?themes=${someTheme}`, mode: 'replace' }]);
		expect(explorer.state).toEqual({ ...DEFAULT_STATE, themes: [someTheme] });
	});
});

describe('Explorer: reading the URL', () => {
	it('reads every part of the state', () => {
		const target = reordered!;
		const event = allEvents.at(-1)!;
		const { explorer } = harness({
			search: `?themes=${otherTheme},${someTheme}&q=%20%20some%20%20%20words%20&event=${event.id}&from=2011-01-01&to=2011-12-31&lanes=themes&lesson=${target.id}&view=narrative`
		});
		expect(explorer.parsed.notices).toEqual([]);
		expect(explorer.state).toEqual({
			// In the order of themes.yaml, not of the link.
			themes: themeIds.filter((id) => id === someTheme || id === otherTheme),
			query: 'some words',
			event: event.id,
			window: { from: '2011-01-01', to: '2011-12-31' },
			lanes: true,
			lesson: target.id,
			view: 'narrative'
		});
		expect(explorer.selected).toBe(event);
		expect(explorer.lesson).toBe(target);
	});

	it('ignores what it cannot use and says why', () => {
		const { explorer } = harness({
			search:
				'?themes=nope&event=no-such-event&from=2011-02-30&to=2011-03-01&lanes=sideways&lesson=no-such-lesson'
		});
		expect(explorer.state).toEqual(DEFAULT_STATE);
		expect(explorer.selected).toBeNull();
		expect(explorer.lesson).toBeNull();
		expect(explorer.parsed.notices).toEqual([
			'Unknown theme “nope” ignored.',
			'There is no event “no-such-event”, so nothing is selected.',
			'The time window in the link was not a pair of real dates (YYYY-MM-DD), so the whole period is shown.',
			'Unknown lane layout “sideways” ignored.',
			'There is no lesson “no-such-lesson”, so every event is shown.'
		]);
	});

	it('keeps the known themes of a list that names an unknown one', () => {
		const { explorer } = harness({ search: `?themes=${someTheme},nope` });
		expect(explorer.state.themes).toEqual([someTheme]);
		expect(explorer.parsed.notices).toEqual(['Unknown theme “nope” ignored.']);
	});

	it('swaps a window that ends before it starts', () => {
		const { explorer } = harness({ search: '?from=2012-01-01&to=2011-01-01' });
		expect(explorer.state.window).toEqual({ from: '2011-01-01', to: '2012-01-01' });
		expect(explorer.parsed.notices).toHaveLength(1);
	});

	it('knows only the lessons it was given', () => {
		const { id } = collection.lessons[0]!;
		const { explorer } = harness({ search: `?lesson=${id}`, lessons: [] });
		expect(explorer.lesson).toBeNull();
		expect(explorer.findLesson(id)).toBeUndefined();
		expect(explorer.parsed.notices).toEqual([
			`There is no lesson “${id}”, so every event is shown.`
		]);
	});
});

describe('Explorer: visible events', () => {
	it('shows only the events with a chosen theme, in date order', () => {
		const { explorer } = harness({ search: `?themes=${someTheme}` });
		expect(ids(explorer.visible)).toEqual(ids(withTheme(someTheme)));
		expect(explorer.visible.length).toBeLessThan(allEvents.length);
	});

	it('shows the events with any of the chosen themes', () => {
		const { explorer } = harness({ search: `?themes=${someTheme},${otherTheme}` });
		const either = allEvents.filter(
			(event) => event.themes.includes(someTheme) || event.themes.includes(otherTheme)
		);
		expect(ids(explorer.visible)).toEqual(ids(either));
		expect(explorer.visible.length).toBeGreaterThan(withTheme(someTheme).length);
	});

	it('shows nothing when no theme is chosen', () => {
		const { explorer } = harness({ search: '?themes=' });
		expect(explorer.state.themes).toEqual([]);
		expect(explorer.visible).toEqual([]);
		expect(explorer.filtered).toBe(true);
	});

	it('searches titles, descriptions, quotes, actors and places, ignoring case', () => {
		const { explorer } = harness({ search: '?q=ZHANAOZEN' });
		expect(explorer.visible.length).toBeGreaterThan(0);
		expect(ids(explorer.visible)).toEqual(ids(matchingWord('zhanaozen')));
		expect(explorer.visible.length).toBeLessThan(allEvents.length);
	});

	it('needs every word of the search to match', () => {
		const { explorer } = harness({ search: '?q=zhanaozen%20election' });
		const both = matchingWord('zhanaozen').filter((event) =>
			matchingWord('election').includes(event)
		);
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(matchingWord('zhanaozen').length);
		expect(ids(explorer.visible)).toEqual(ids(both));
	});

	it('applies a theme filter and a search together', () => {
		const word = 'oil';
		const both = (theme: string) =>
			matchingWord(word).filter((event) => event.themes.includes(theme));
		// A theme that narrows the search and is narrowed by it, so that both parts count.
		const theme = themeIds.find((id) => {
			const count = both(id).length;
			return count > 0 && count < matchingWord(word).length && count < withTheme(id).length;
		})!;
		expect(theme).toBeDefined();
		const { explorer } = harness({ search: `?themes=${theme}&q=${word}` });
		expect(ids(explorer.visible)).toEqual(ids(both(theme)));
		expect(explorer.filtered).toBe(true);
	});

	it('shows nothing for a search that matches nothing', () => {
		const { explorer } = harness({ search: '?q=xyzzy-not-in-any-event' });
		expect(explorer.visible).toEqual([]);
		expect(explorer.total).toBe(allEvents.length);
	});

	for (const preset of collection.lessons) {
		it(`follows the order of the lesson "${preset.id}"`, () => {
			const { explorer } = harness({ search: `?lesson=${preset.id}` });
			expect(explorer.lesson).toBe(preset);
			expect(ids(explorer.visible)).toEqual(preset.events);
			expect(explorer.total).toBe(preset.events.length);
			expect(explorer.filtered).toBe(false);
		});
	}

	it('filters a lesson and keeps its order', () => {
		const target = reordered!;
		const theme = themeIds.find((id) => {
			const count = target.events.filter((event) =>
				allEvents.find((candidate) => candidate.id === event)!.themes.includes(id)
			).length;
			return count > 1 && count < target.events.length;
		})!;
		expect(theme).toBeDefined();
		const { explorer } = harness({ search: `?lesson=${target.id}&themes=${theme}` });
		const expected = target.events.filter((id) => explorer.find(id)!.themes.includes(theme));
		expect(ids(explorer.visible)).toEqual(expected);
		// The scope stays the lesson, however much of it is filtered out.
		expect(explorer.total).toBe(target.events.length);
	});
});

describe('Explorer: selection', () => {
	it('finds events by id, and nothing for an unknown id', () => {
		const { explorer } = harness({});
		for (const event of allEvents) expect(explorer.find(event.id)).toBe(event);
		expect(explorer.find('no-such-event')).toBeUndefined();
	});

	it('finds the lessons it was given', () => {
		const { explorer } = harness({});
		for (const preset of collection.lessons) expect(explorer.findLesson(preset.id)).toBe(preset);
		expect(explorer.findLesson('no-such-lesson')).toBeUndefined();
	});

	it('pushes a history entry for a new selection, keeping the rest of the URL', () => {
		const event = hiddenBySomeTheme;
		const { explorer, writes } = harness({ search: `?q=oil&lanes=themes` });
		explorer.select(event.id);
		expect(writes).toEqual([{ search: `?q=oil&event=${event.id}&lanes=themes`, mode: 'push' }]);
		expect(explorer.selected).toBe(event);
		expect(explorer.state).toEqual({
			...DEFAULT_STATE,
			query: 'oil',
			lanes: true,
			event: event.id
		});
	});

	it('writes nothing when the selected event is selected again', () => {
		const event = allEvents[0]!;
		const { explorer, writes } = harness({ search: `?event=${event.id}` });
		explorer.select(event.id);
		expect(writes).toEqual([]);
		expect(explorer.selected).toBe(event);
	});

	it('writes nothing when clearing an empty selection', () => {
		const { explorer, writes } = harness({});
		explorer.select(null);
		expect(writes).toEqual([]);
	});

	it('pushes a history entry when the selection is cleared', () => {
		const event = allEvents[0]!;
		const { explorer, writes } = harness({ search: `?event=${event.id}` });
		explorer.select(null);
		expect(writes).toEqual([{ search: '?', mode: 'push' }]);
		expect(explorer.selected).toBeNull();
	});

	it('selects an event that the filter hides', () => {
		const { explorer } = harness({ search: `?themes=${someTheme}` });
		explorer.select(hiddenBySomeTheme.id);
		expect(explorer.selected).toBe(hiddenBySomeTheme);
		expect(explorer.visible).not.toContain(hiddenBySomeTheme);
	});
});

describe('Explorer: changing the state', () => {
	const lessonId = collection.lessons[0]!.id;
	const eventId = allEvents[0]!.id;
	const everything = `?themes=${someTheme}&q=oil&event=${eventId}&from=2000-01-01&to=2012-12-31&lanes=themes&lesson=${lessonId}&view=timeline`;

	it('replaces the history entry by default and keeps the rest of the state', () => {
		const { explorer, writes } = harness({ search: everything });
		const before = explorer.state;
		explorer.update({ query: 'strike', window: { from: '2008-01-01', to: '2009-01-01' } });
		expect(writes).toHaveLength(1);
		expect(writes[0]!.mode).toBe('replace');
		expect(explorer.state).toEqual({
			...before,
			query: 'strike',
			window: { from: '2008-01-01', to: '2009-01-01' }
		});
		expect(explorer.parsed.notices).toEqual([]);
	});

	it('pushes when asked to', () => {
		const { explorer, writes } = harness({});
		explorer.update({ lanes: true }, 'push');
		expect(writes).toEqual([{ search: '?lanes=themes', mode: 'push' }]);
		expect(explorer.state.lanes).toBe(true);
	});

	it('writes only what differs from the default', () => {
		const { explorer, writes } = harness({ search: everything });
		explorer.update(DEFAULT_STATE);
		expect(writes).toEqual([{ search: '?', mode: 'replace' }]);
		expect(explorer.state).toEqual(DEFAULT_STATE);
	});

	it('writes chosen themes in the order of themes.yaml', () => {
		const { explorer, writes } = harness({});
		const chosen = [otherTheme, someTheme];
		const ordered = themeIds.filter((id) => chosen.includes(id));
		explorer.setThemes(chosen);
		expect(writes).toEqual([{ search: `?themes=${ordered.join('%2C')}`, mode: 'replace' }]);
		expect(explorer.state.themes).toEqual(ordered);
	});

	it('leaves every theme out of the URL', () => {
		const { explorer, writes } = harness({ search: `?themes=${someTheme}&q=oil` });
		explorer.setThemes([...themeIds].reverse());
		expect(writes).toEqual([{ search: '?q=oil', mode: 'replace' }]);
		expect(explorer.state.themes).toBeNull();
	});

	it('drops unknown themes it is asked to set', () => {
		const { explorer } = harness({});
		explorer.setThemes(['nope', someTheme]);
		expect(explorer.state.themes).toEqual([someTheme]);
		expect(explorer.parsed.notices).toEqual([]);
	});

	it('shows every theme again when set to null', () => {
		const { explorer, writes } = harness({ search: `?themes=${someTheme}&event=${eventId}` });
		explorer.setThemes(null);
		expect(writes).toEqual([{ search: `?event=${eventId}`, mode: 'replace' }]);
		expect(explorer.state).toEqual({ ...DEFAULT_STATE, event: eventId });
	});

	it('toggles one theme off from all, and back on to all', () => {
		const { explorer, writes } = harness({ search: `?q=oil&event=${eventId}` });
		explorer.toggleTheme(someTheme);
		expect(explorer.state.themes).toEqual(themeIds.filter((id) => id !== someTheme));
		expect(explorer.isThemeShown(someTheme)).toBe(false);
		expect(explorer.isThemeShown(otherTheme)).toBe(true);
		explorer.toggleTheme(someTheme);
		expect(explorer.state.themes).toBeNull();
		expect(explorer.state).toEqual({ ...DEFAULT_STATE, query: 'oil', event: eventId });
		expect(writes.map((write) => write.mode)).toEqual(['replace', 'replace']);
	});

	it('toggles a theme into a chosen set', () => {
		const { explorer } = harness({ search: `?themes=${otherTheme}` });
		explorer.toggleTheme(someTheme);
		expect(explorer.state.themes).toEqual(
			themeIds.filter((id) => id === someTheme || id === otherTheme)
		);
		explorer.toggleTheme(otherTheme);
		expect(explorer.state.themes).toEqual([someTheme]);
	});

	it('clears the themes and the search, and keeps the rest', () => {
		const { explorer, writes } = harness({ search: everything });
		const before = explorer.state;
		expect(explorer.filtered).toBe(true);
		explorer.clearFilters();
		expect(writes).toHaveLength(1);
		expect(writes[0]!.mode).toBe('replace');
		expect(explorer.state).toEqual({ ...before, themes: null, query: '' });
		expect(explorer.filtered).toBe(false);
	});
});

describe('Explorer: stepping through the visible events', () => {
	const { explorer } = harness({ search: `?themes=${someTheme}` });
	const list = withTheme(someTheme);
	const first = list[0]!;
	const second = list[1]!;
	const last = list.at(-1)!;

	it('moves forward and back from an event', () => {
		expect(list.length).toBeGreaterThan(2);
		expect(explorer.step(first.id, 1)).toBe(second);
		expect(explorer.step(second.id, -1)).toBe(first);
		expect(explorer.step(last.id, -1)).toBe(list.at(-2));
	});

	it('starts at the first event going forward and the last going back', () => {
		expect(explorer.step(null, 1)).toBe(first);
		expect(explorer.step(null, -1)).toBe(last);
	});

	it('stays at either end', () => {
		expect(explorer.step(first.id, -1)).toBe(first);
		expect(explorer.step(last.id, 1)).toBe(last);
	});

	it('treats an event that is not visible as no event', () => {
		for (const id of [hiddenBySomeTheme.id, 'no-such-event']) {
			expect(explorer.step(id, 1)).toBe(first);
			expect(explorer.step(id, -1)).toBe(last);
		}
	});

	it('gives nothing when nothing is visible', () => {
		const { explorer: empty } = harness({ search: '?q=xyzzy-not-in-any-event' });
		expect(empty.step(null, 1)).toBeNull();
		expect(empty.step(first.id, -1)).toBeNull();
	});

	it('follows a lesson in its own order', () => {
		const target = reordered!;
		const { explorer: inLesson } = harness({ search: `?lesson=${target.id}` });
		target.events.forEach((id, index) => {
			const next = target.events[Math.min(index + 1, target.events.length - 1)]!;
			const previous = target.events[Math.max(index - 1, 0)]!;
			expect(inLesson.step(id, 1)?.id).toBe(next);
			expect(inLesson.step(id, -1)?.id).toBe(previous);
		});
		expect(inLesson.step(null, 1)?.id).toBe(target.events[0]);
		expect(inLesson.step(null, -1)?.id).toBe(target.events.at(-1));
	});
});

describe('Explorer: counts and flags', () => {
	it('counts the events of each theme, whatever the filter', () => {
		const { explorer } = harness({ search: `?themes=${someTheme}&q=oil` });
		for (const id of themeIds) {
			expect(explorer.themeCounts[id] ?? 0).toBe(withTheme(id).length);
		}
		expect(Object.keys(explorer.themeCounts).every((id) => themeIds.includes(id))).toBe(true);
	});

	it('counts a multi-theme event once under each of its themes', () => {
		const { explorer } = harness({});
		const sum = Object.values(explorer.themeCounts).reduce((total, count) => total + count, 0);
		expect(sum).toBe(allEvents.reduce((total, event) => total + event.themes.length, 0));
	});

	it('is filtered by themes or a search, not by a selection, window, layout or lesson', () => {
		const plain = `?event=${allEvents[0]!.id}&from=2000-01-01&to=2001-01-01&lanes=themes&lesson=${collection.lessons[0]!.id}`;
		expect(harness({ search: plain }).explorer.filtered).toBe(false);
		expect(harness({ search: `${plain}&q=oil` }).explorer.filtered).toBe(true);
		expect(harness({ search: `${plain}&themes=${someTheme}` }).explorer.filtered).toBe(true);
	});

	it('shows exactly the chosen themes', () => {
		const { explorer } = harness({ search: `?themes=${someTheme}` });
		for (const id of themeIds) expect(explorer.isThemeShown(id)).toBe(id === someTheme);
	});
});

describe('Explorer: a larger set of events arriving later', () => {
	it('reads the events again, and finds the ids the URL names', () => {
		const half = Math.ceil(allEvents.length / 2);
		const firstEvents = allEvents.slice(0, half);
		const late = allEvents.at(-1)!;
		const page = harness({ search: `?event=${late.id}`, events: firstEvents });
		const { explorer } = page;
		expect(explorer.events).toBe(firstEvents);
		expect(explorer.total).toBe(firstEvents.length);
		expect(ids(explorer.visible)).toEqual(ids(firstEvents));
		expect(explorer.selected).toBeNull();
		expect(explorer.parsed.notices).toEqual([
			`There is no event “${late.id}”, so nothing is selected.`
		]);

		page.setEvents(allEvents);
		expect(explorer.events).toBe(allEvents);
		expect(explorer.total).toBe(allEvents.length);
		expect(ids(explorer.visible)).toEqual(ids(allEvents));
		expect(explorer.find(late.id)).toBe(late);
		expect(explorer.selected).toBe(late);
		expect(explorer.parsed.notices).toEqual([]);
		for (const id of themeIds) {
			expect(explorer.themeCounts[id] ?? 0).toBe(withTheme(id).length);
		}
	});
});
