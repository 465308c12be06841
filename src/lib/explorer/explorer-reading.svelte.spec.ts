// The Explorer class reading its state and the visible events from the address.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '$lib/model/url-state.ts';
import {
	allEvents,
	collection,
	harness,
	ids,
	matchingWord,
	otherTheme,
	reordered,
	someTheme,
	themeIds,
	withTheme
} from '$lib/testing/explorer-harness.svelte.ts';

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

describe('Explorer: a lesson given outright (a built lesson)', () => {
	const built = {
		id: 'my-lesson',
		title: 'Built',
		events: [...ids(allEvents)].slice(0, 3).reverse()
	};

	it('shows it in its own order, whatever the address says, and keeps it out of the address', () => {
		const { explorer, writes } = harness({ search: '?view=timeline', lessons: [], lesson: built });
		expect(explorer.lesson).toBe(built);
		expect(ids(explorer.visible)).toEqual(built.events);
		expect(explorer.total).toBe(3);
		explorer.select(built.events[1]!);
		expect(writes).toEqual([{ search: `?event=${built.events[1]}&view=timeline`, mode: 'push' }]);
		expect(explorer.lesson).toBe(built);
	});

	it('drops a ?lesson= from the address, naming both lessons, even one that exists', () => {
		const { id } = collection.lessons[0]!;
		const { explorer } = harness({ search: `?lesson=${id}`, lesson: built });
		expect(explorer.state.lesson).toBeNull();
		expect(explorer.lesson).toBe(built);
		expect(explorer.parsed.notices).toEqual([
			`This shows the lesson “Built” from its link, so the lesson “${id}” in the address is ignored.`
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
