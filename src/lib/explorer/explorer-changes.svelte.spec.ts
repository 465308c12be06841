// The Explorer class writing changes to the address, stepping, and events arriving later.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '$lib/model/url-state.ts';
import {
	allEvents,
	collection,
	harness,
	hiddenBySomeTheme,
	ids,
	otherTheme,
	reordered,
	someTheme,
	themeIds,
	withTheme
} from '$lib/testing/explorer-harness.svelte.ts';

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

	it('writes nothing when the address would stay the same', () => {
		const { explorer, writes } = harness({ search: `?event=${eventId}` });
		explorer.update({ window: null });
		explorer.select(eventId);
		expect(writes).toEqual([]);
		const fresh = harness({});
		fresh.explorer.update({ window: null, query: '' });
		expect(fresh.writes).toEqual([]);
		fresh.explorer.update({ query: 'oil' });
		expect(fresh.writes).toEqual([{ search: '?q=oil', mode: 'replace' }]);
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
