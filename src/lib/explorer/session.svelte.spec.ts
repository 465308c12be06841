// The explorer's session over a stand-in address: what it selects, steps to, filters, says and
// cites, as the page and the embed show it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
import type { HistoryMode } from './explorer.svelte.ts';
import { ExplorerSession, type SessionAddress } from './session.svelte.ts';
import { eventExtent } from '$lib/model/precision.ts';
import { formatIsoDay as isoDay } from '$lib/model/days.ts';
import {
	allEvents,
	collection,
	ids,
	someTheme,
	withTheme
} from '$lib/testing/explorer-harness.svelte.ts';

const BASE = 'https://example.test/';
/** The content has more than three events (see explorer-reading.svelte.spec.ts). */
const eventAt = (index: number) => allEvents[index]!;
const eventSpanStart = (event: (typeof allEvents)[number]) =>
	eventExtent(event.date).start.getTime();

/** The address bar as state, as the page's Address keeps it, recording each write. */
class StandInAddress implements SessionAddress {
	current = $state.raw<URL | null>(null);
	readonly hydrated = $derived(this.current !== null);
	traversed = false;
	readonly writes: { search: string; mode: HistoryMode }[] = [];
	onarrive = () => {};
	constructor(readonly arrivingAt: string) {}
	arrive() {
		this.current = new URL(this.arrivingAt, BASE);
		this.onarrive();
	}
	write(search: string, mode: HistoryMode) {
		this.writes.push({ search, mode });
		this.current = new URL(search, this.current ?? BASE);
	}
}

const stops: (() => void)[] = [];
afterEach(() => {
	while (stops.length > 0) stops.pop()!();
	vi.useRealTimers();
});

/**
 * A session over every event, started (and so hydrated) at `search` unless `started` is false.
 * (In Node, Svelte runs as on the server: the session's effect is not made, so no root is needed.)
 */
function sessionAt(search = '', { started = true } = {}) {
	const address = new StandInAddress(search);
	const session = new ExplorerSession({
		events: allEvents,
		themes: collection.themes,
		lessons: collection.lessons,
		address,
		source: (id) => collection.sources.find((source) => source.id === id)
	});
	address.onarrive = () => session.arrived();
	if (started) stops.push(session.start('/events.json'));
	return { session, address };
}

describe('ExplorerSession: starting', () => {
	it('reads nothing of the address before it starts, and all of it once started', () => {
		const before = sessionAt(`?event=${eventAt(1).id}`, { started: false });
		expect(before.session.hydrated).toBe(false);
		expect(before.session.selected).toBeNull();
		const after = sessionAt(`?event=${eventAt(1).id}`);
		expect(after.session.hydrated).toBe(true);
		expect(after.session.selected).toBe(eventAt(1));
		expect(after.session.position).toBe(2);
	});

	it('notices what the address held but could not use, drops it from the address, and keeps the notice until dismissed', async () => {
		const { session, address } = sessionAt('?event=no-such-event&q=oil');
		expect(session.notices).toEqual(['There is no event “no-such-event”, so nothing is selected.']);
		await tick();
		expect(address.writes).toEqual([{ search: '?q=oil', mode: 'replace' }]);
		expect(session.notices).toHaveLength(1);
		session.dismiss(session.notices[0]!);
		expect(session.notices).toEqual([]);
	});
});

describe('ExplorerSession: selecting and stepping', () => {
	it('selects an event into the address, and announces it with its place', () => {
		const { session, address } = sessionAt();
		const event = eventAt(2);
		session.select(event.id);
		// What the page's effect does on each new selection; effects do not run in Node.
		session.walk.arrive(session.selected?.id ?? null);
		expect(address.writes.at(-1)).toEqual({ search: `?event=${event.id}`, mode: 'push' });
		expect(session.selected).toBe(event);
		expect(session.position).toBe(3);
		expect(session.walk.announcement).toContain(event.title);
		expect(session.walk.announcement).toContain(`Event 3 of ${allEvents.length}.`);
	});

	it('names the related events by title', () => {
		const event = allEvents.find((candidate) => candidate.related.length > 0)!;
		const { session } = sessionAt(`?event=${event.id}`);
		for (const id of event.related)
			expect(session.relatedTitles[id]).toBe(allEvents.find((other) => other.id === id)?.title);
	});

	it('steps on and back from the selected event, among those shown', () => {
		const { session } = sessionAt(`?event=${eventAt(0).id}`);
		session.walk.step(1);
		expect(session.selected).toBe(eventAt(1));
		session.walk.step(-1);
		expect(session.selected).toBe(eventAt(0));
	});

	it('steps only through the theme shown', () => {
		const shown = withTheme(someTheme);
		const { session } = sessionAt(`?themes=${someTheme}&event=${shown[0]!.id}`);
		expect(ids(session.visible)).toEqual(ids(shown));
		session.walk.step(1);
		expect(session.selected).toBe(shown[1]!);
		expect(session.position).toBe(2);
	});

	it('asks the timeline to frame an event when zooming to it', () => {
		const { session } = sessionAt();
		session.zoomTo(eventAt(3).id);
		expect(session.framing).toEqual({ zoom: eventAt(3).id });
		expect(session.walk.focusId).toBe(eventAt(3).id);
	});
});

describe('ExplorerSession: filters', () => {
	it('says what matched nothing, and shows everything again once the filters are cleared', () => {
		vi.useFakeTimers();
		const { session } = sessionAt(`?q=zzzz-nothing&themes=${someTheme}`);
		expect(session.visible).toEqual([]);
		expect(session.emptyMessage).toBe('No events match “zzzz-nothing” in the chosen themes.');
		session.clearFilters();
		expect(ids(session.visible)).toEqual(ids(allEvents));
		expect(session.view.query).toBe('');
		expect(session.view.themes).toBeNull();
		expect(session.framing).toBeNull();
		vi.advanceTimersByTime(300);
		expect(session.framing).toEqual({ fit: true });
	});

	it('says only what it was asked for when nothing matches', () => {
		expect(sessionAt('?q=zzzz-nothing').session.emptyMessage).toBe(
			'No events match “zzzz-nothing”.'
		);
	});

	it('cites each source that the events shown quote, once, and none that they do not', () => {
		const { session } = sessionAt(`?themes=${someTheme}`);
		const quoted = (events: typeof allEvents) =>
			new Set(
				events.flatMap((event) => [
					...event.quotes.map((quote) => quote.source),
					...event.figures.map((figure) => figure.quote.source),
					...event.claims.flatMap((claim) => claim.values.map((value) => value.quote.source))
				])
			);
		const cited = session.citedSources.map((source) => source.id);
		expect(new Set(cited).size).toBe(cited.length);
		expect(cited.sort()).toEqual([...quoted(withTheme(someTheme))].sort());
		expect(cited.length).toBeLessThan(quoted(allEvents).size + 1);
	});
});

describe('ExplorerSession: the window', () => {
	it('writes a window the reader chose once it settles, and adds none the timeline followed to', () => {
		vi.useFakeTimers();
		const { session, address } = sessionAt();
		const start = new Date('2011-12-01T00:00:00Z');
		const end = new Date('2012-01-01T00:00:00Z');
		session.onwindowchange({ start, end }, 'follow');
		vi.advanceTimersByTime(1000);
		expect(address.writes).toEqual([]);
		session.onwindowchange({ start, end }, 'reader');
		expect(address.writes).toEqual([]);
		vi.advanceTimersByTime(250);
		expect(address.writes).toHaveLength(1);
		expect(session.view.window).not.toBeNull();
		expect(session.timelineWindow).not.toBeNull();
	});

	it('rewrites a window the address holds when the timeline follows the reader elsewhere', () => {
		vi.useFakeTimers();
		const { session, address } = sessionAt('?from=2011-12-01&to=2012-01-31');
		session.onwindowchange({ start: new Date(1989, 11, 1), end: new Date(1991, 1, 1) }, 'follow');
		vi.advanceTimersByTime(250);
		expect(address.writes.at(-1)).toEqual({
			search: '?from=1989-12-01&to=1991-01-31',
			mode: 'replace'
		});
	});

	it('with nothing selected, Next and Previous start from the events in the window shown', () => {
		const { session } = sessionAt();
		const late = allEvents.filter((event) => event.date.kind === 'single').at(-2)!;
		const day = new Date(eventSpanStart(late));
		session.onwindowchange(
			{ start: new Date(day.getTime() - 3_600_000), end: new Date(day.getTime() + 3_600_000) },
			'reader'
		);
		session.walk.step(1);
		expect(session.selected).toBe(late);
		session.select(null);
		session.walk.step(-1);
		expect(session.selected).toBe(late);
		// From a selection, the steps go on from it, whatever the window.
		session.walk.step(-1);
		expect(session.selected).toBe(allEvents[allEvents.indexOf(late) - 1]);
	});

	it('steps into the window the address gave before the timeline has moved', () => {
		const late = allEvents.filter((event) => event.date.kind === 'single').at(-1)!;
		const day = eventExtent(late.date).start;
		const { session } = sessionAt(`?from=${isoDay(day)}&to=${isoDay(day)}`);
		session.walk.step(1);
		expect(session.selected).toBe(late);
	});

	it('writes nothing before the address has been read', () => {
		vi.useFakeTimers();
		const { session, address } = sessionAt('', { started: false });
		session.onwindowchange({ start: new Date(0), end: new Date(1e12) }, 'reader');
		vi.advanceTimersByTime(1000);
		expect(address.writes).toEqual([]);
	});
});
