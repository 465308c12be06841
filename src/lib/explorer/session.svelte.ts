import { eventExtent, formatEventDate } from '$lib/model/precision.ts';
import type { SourceMeta, Theme, TimelineEvent } from '$lib/model/types.ts';
import { windowFromRange, windowRange } from '$lib/model/url-state.ts';
import type { TimeWindow, WindowOrigin } from '$lib/timeline/visible-window.ts';
import { stepInWindow } from '$lib/narrative/walk-order.ts';
import { citedSourceIds } from '$lib/model/cited-sources.ts';
import { ReaderWalk, type SelectionSource } from '$lib/narrative/reader-walk.svelte.ts';
import { tick, untrack } from 'svelte';
import { EventLoader } from './event-loader.svelte.ts';
import { Explorer, type ExplorerLesson, type HistoryMode } from './explorer.svelte.ts';

/** The address bar as the session reads and writes it: the page's Address, or a stand-in. */
export interface SessionAddress {
	/** Null until the page has hydrated. */
	readonly current: URL | null;
	readonly hydrated: boolean;
	/** The reader came back to this address by Back or Forward. */
	readonly traversed: boolean;
	/** Reads the address the reader is at; the session's `arrived` follows. */
	arrive(): void;
	write(search: string, mode: HistoryMode): void;
}

export interface ExplorerSessionOptions {
	/** Every event in date order, or the first of them when `total` is larger. */
	events: TimelineEvent[];
	/** How many events there are; the rest are fetched from /events.json. */
	total?: number;
	themes: Theme[];
	/** Lesson presets that `?lesson=` may name. */
	lessons: ExplorerLesson[];
	/** A lesson built in the browser, shown whatever the address says (see Explorer). */
	lesson?: ExplorerLesson;
	/** The address it reads and writes; it calls `arrived` each time the reader brings one. */
	address: SessionAddress;
	/** A source's metadata by id, for the handout's bibliography. */
	source: (id: string) => SourceMeta | undefined;
}

/** How the timeline is asked to frame the events: around one of them, or all that are shown. */
export type TimelineFraming = { zoom: string } | { fit: true };

/** Waits this long after the filter changes before fitting the timeline, so typing is calm. */
const REFIT_DELAY_MS = 300;
/** Writes a moved window to the address only once it has settled. */
const WINDOW_WRITE_DELAY_MS = 250;

/**
 * One reader's session in the explorer: the address it reads and writes, the events, what is
 * selected and read, and the moves between them. The page and the embed are shells over it
 * (see startExplorerSession, which gives it the page's address and starts it once mounted).
 * Construct it where effects may be made: while a component initialises, or in an effect root.
 */
export class ExplorerSession {
	readonly themes: Theme[];
	readonly loader: EventLoader;
	readonly address: SessionAddress;
	readonly explorer: Explorer;
	/** Selecting, stepping and what is being read; the story attaches itself to it. */
	readonly walk: ReaderWalk;

	/** What was wrong with the address the reader arrived at; kept until dismissed. */
	notices = $state<string[]>([]);
	/** The last framing asked of the timeline, which carries it out. */
	framing = $state<TimelineFraming | null>(null);
	/** The window the timeline last settled at, whoever moved it; null until it has drawn. */
	shownWindow: TimeWindow | null = null;

	readonly view = $derived.by(() => this.explorer.state);
	readonly visible = $derived.by(() => this.explorer.visible);
	readonly selected = $derived.by(() => this.explorer.selected);
	readonly lesson = $derived.by(() => this.explorer.lesson);
	readonly timelineWindow = $derived.by(() => {
		const window = this.view.window ?? this.lesson?.window;
		return window ? windowRange(window) : null;
	});
	readonly relatedTitles = $derived(
		Object.fromEntries(
			(this.selected?.related ?? []).map((id) => [id, this.explorer.find(id)?.title ?? id])
		)
	);
	/** 1-based place of the selected event, or of the one being read, among those shown. */
	readonly position = $derived.by(() => {
		const id = this.walk.currentId;
		const index = id ? this.visible.findIndex((event) => event.id === id) : -1;
		return index === -1 ? null : index + 1;
	});
	readonly emptyMessage = $derived(
		`No events match${this.view.query ? ` “${this.view.query}”` : ''}${this.view.themes !== null ? ' in the chosen themes' : ''}.`
	);
	/** Every source that the events shown quote, for the handout's bibliography. */
	readonly citedSources: SourceMeta[] = $derived.by(() =>
		citedSourceIds(this.visible).flatMap((id) => this.#source(id) ?? [])
	);

	readonly #source: (id: string) => SourceMeta | undefined;
	#refitTimer: ReturnType<typeof setTimeout> | undefined;
	#windowTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: ExplorerSessionOptions) {
		this.themes = options.themes;
		this.loader = new EventLoader(options.events, options.total);
		this.address = options.address;
		this.#source = options.source;
		this.explorer = new Explorer({
			events: () => this.loader.events,
			themeIds: options.themes.map((theme) => theme.id),
			lessons: options.lessons,
			lesson: options.lesson,
			url: () => this.address.current,
			navigate: (search, mode) => this.address.write(search, mode)
		});
		this.walk = new ReaderWalk({
			order: () => this.visible,
			selected: () => this.view.event,
			choose: (id) => this.explorer.select(id),
			describe: (id) => this.#describe(id),
			restored: () => this.address.traversed,
			landing: (offset, readingId) => this.#landing(offset, readingId)
		});

		// Whatever selected the event, bring it into view in both views and announce it. Only a
		// new selection does this: the timeline binding arriving, or the list of events being
		// rebuilt, must not scroll to the same event again (and then glide, from wherever).
		$effect(() => {
			const event = this.selected;
			if (!this.address.hydrated) return;
			untrack(() => this.walk.arrive(event?.id ?? null));
		});
	}

	/**
	 * Once mounted: reads the address as soon as every event is known (it names events by id),
	 * fetching the rest from `eventsUrl` first if need be. Returns what stops it.
	 */
	start(eventsUrl: string): () => void {
		if (this.loader.complete) this.address.arrive();
		else this.loader.loadAll(eventsUrl).then(() => this.address.arrive());
		return () => {
			// A pending write must not land on the next page's address.
			clearTimeout(this.#windowTimer);
			clearTimeout(this.#refitTimer);
		};
	}

	/** The reader brought an address: what it held but could not use is noticed. */
	arrived() {
		this.notices = this.explorer.parsed.notices;
		// What the address held but could not be used goes from it too, so that a link copied
		// from here, or a reload, does not carry it on. The notice stays up.
		// (After this turn: the first arrival comes while the page is still mounting.)
		if (this.notices.length > 0) tick().then(() => this.explorer.update({}, 'replace'));
	}

	get hydrated(): boolean {
		return this.address.hydrated;
	}

	select(id: string | null, source: SelectionSource = 'other') {
		this.walk.select(id, source);
	}

	/** "Zoom to this event": frames the event on the timeline as its date's precision asks. */
	zoomTo(id: string) {
		this.walk.focusId = id;
		this.framing = { zoom: id };
	}

	/** After the filter changes, show all that is left; debounced so typing does not jolt it. */
	refit() {
		clearTimeout(this.#refitTimer);
		this.#refitTimer = setTimeout(() => (this.framing = { fit: true }), REFIT_DELAY_MS);
	}

	clearFilters() {
		this.explorer.clearFilters();
		this.refit();
	}

	dismiss(notice: string) {
		this.notices = this.notices.filter((other) => other !== notice);
	}

	/**
	 * The address says what is on screen. A window the reader zoomed or panned to is written into
	 * it; the default view of every event leaves it out. The timeline's own moves (following the
	 * story or a selection) rewrite a window the address holds, and add none, so a fresh load or
	 * a shared link stays clean.
	 */
	onwindowchange(next: TimeWindow, origin: WindowOrigin) {
		this.shownWindow = next;
		// Called from within the timeline's effects: what it reads here must not become theirs.
		const chosen = untrack(() => this.view.window);
		// Until the address has been read (and every event is known), it is not overwritten.
		if (!this.hydrated || (origin === 'follow' && !chosen)) return;
		clearTimeout(this.#windowTimer);
		const window = origin === 'fit' ? null : windowFromRange(next.start, next.end);
		// Settled windows only, and not faster than history allows.
		this.#windowTimer = setTimeout(() => this.explorer.update({ window }), WINDOW_WRITE_DELAY_MS);
	}

	/** Next and Previous, with nothing selected, start from the stretch of time shown. */
	#landing(offset: 1 | -1, readingId: string | null): string | null | undefined {
		// Until the reader or the timeline moves it, the window shown is the one asked for.
		const shown = this.shownWindow ?? this.timelineWindow;
		if (!shown) return undefined;
		const window = { start: shown.start.getTime(), end: shown.end.getTime() };
		return stepInWindow(this.visible, readingId, offset, window, eventSpan)?.id ?? null;
	}

	#describe(id: string): string {
		const event = this.explorer.find(id);
		if (!event) return '';
		const index = this.visible.findIndex((candidate) => candidate.id === id);
		const place = index === -1 ? '' : ` Event ${index + 1} of ${this.visible.length}.`;
		return `${event.title}, ${formatEventDate(event.date)}.${place}`;
	}
}

/** An event's place in time, in milliseconds, for stepping from the window shown. */
function eventSpan(event: TimelineEvent) {
	const { start, end } = eventExtent(event.date);
	return { start: start.getTime(), end: end.getTime() };
}
