import { resolve } from '$app/paths';
import { formatEventDate } from '$lib/model/precision';
import type { SourceMeta, Theme, TimelineEvent } from '$lib/model/types';
import { windowFromRange, windowRange } from '$lib/model/url-state';
import type { WindowOrigin } from '$lib/timeline/visible-window';
import { citedSourceIds } from '$lib/model/cited-sources';
import { ReadingSync } from '$lib/narrative/reading-sync.svelte';
import { getCollection } from '$lib/site/collection-context';
import { onMount, tick, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { MediaQuery } from 'svelte/reactivity';
import { Hydrated } from '$lib/ui/hydrated.svelte';
import { Address } from './address.svelte';
import { EventLoader } from './event-loader.svelte';
import { Explorer, type ExplorerLesson } from './explorer.svelte';

/** What the session asks of the timeline component it is bound to. */
export interface TimelineControl {
	zoomTo(id: string): void;
	fit(): void;
}

/** What the session asks of the story's list. */
export interface StoryListControl {
	rowElement(id: string): Promise<HTMLElement | null | undefined>;
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
	/** Writes keep the address's #fragment, which holds the built lesson. Default false. */
	keepFragment?: boolean;
	/** Where in the viewport, in px, an entry of the story counts as being read. */
	readingLine: (session: ExplorerSession) => number;
	/** The story scrolls its own box (an embed), not the window. */
	boxed: boolean;
	/** Whether the selected event's details open inside its story entry (see ExplorerStory). */
	inlineDetails: (session: ExplorerSession) => boolean;
}

/** Waits this long after the filter changes before fitting the timeline, so typing is calm. */
const REFIT_DELAY_MS = 300;
/** Writes a moved window to the address only once it has settled. */
const WINDOW_WRITE_DELAY_MS = 250;

/**
 * One reader's session in the explorer: the address it reads and writes, the events, what is
 * selected and read, and the moves between them. The page and the embed are shells over it.
 * Construct it while a component initialises.
 */
export class ExplorerSession {
	readonly themes: Theme[];
	readonly loader: EventLoader;
	readonly address: Address;
	readonly explorer: Explorer;
	readonly reading: ReadingSync;

	timeline = $state<TimelineControl>();
	storyList = $state<StoryListControl>();
	/** The story's element, and the timeline's stage around it. */
	story = $state<HTMLElement>();
	stage = $state<HTMLElement>();

	/**
	 * The event the timeline keeps whole in view and zooms around: whichever the reader came to
	 * last, the one they selected or the one they scrolled the story to.
	 */
	focusId = $state<string | null>(null);
	announcement = $state('');
	/** What was wrong with the address the reader arrived at; kept until dismissed. */
	notices = $state<string[]>([]);
	sharing = $state(false);

	readonly #phoneQuery = new MediaQuery('(max-width: 760px)', false);
	readonly #mounted = new Hydrated();
	/**
	 * Read once mounted, so that the first render matches the prerendered HTML; not once the
	 * address is read, which for a large collection waits for every event to arrive.
	 */
	readonly phone = $derived.by(() => this.#mounted.current && this.#phoneQuery.current);

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
		const id = this.view.event ?? this.reading.currentId;
		const index = id ? this.visible.findIndex((event) => event.id === id) : -1;
		return index === -1 ? null : index + 1;
	});
	readonly emptyMessage = $derived(
		`No events match${this.view.query ? ` “${this.view.query}”` : ''}${this.view.themes !== null ? ' in the chosen themes' : ''}.`
	);
	/** Every source that the events shown quote, for the handout's bibliography. */
	readonly citedSources: SourceMeta[] = $derived.by(() =>
		citedSourceIds(this.visible).flatMap((id) => this.#collection.source(id) ?? [])
	);

	readonly #collection = getCollection();
	readonly #options: ExplorerSessionOptions;
	/** Where the last selection came from: the story needs no scrolling for its own clicks. */
	#selectionSource: 'story' | 'other' = 'other';
	#arrivedWithPage = true;
	#refitTimer: ReturnType<typeof setTimeout> | undefined;
	#windowTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: ExplorerSessionOptions) {
		this.#options = options;
		this.themes = options.themes;
		this.loader = new EventLoader(options.events, options.total);
		this.address = new Address(() => {
			this.notices = this.explorer.parsed.notices;
			// What the address held but could not be used goes from it too, so that a link copied
			// from here, or a reload, does not carry it on. The notice stays up.
			// (After this turn: the first arrival comes while the page is still mounting.)
			if (this.notices.length > 0) tick().then(() => this.explorer.update({}, 'replace'));
		}, options.keepFragment);
		this.explorer = new Explorer({
			events: () => this.loader.events,
			themeIds: options.themes.map((theme) => theme.id),
			lessons: options.lessons,
			lesson: options.lesson,
			url: () => this.address.current,
			navigate: (search, mode) => this.address.write(search, mode)
		});
		this.reading = new ReadingSync({
			story: () => this.story,
			scroller: () => (options.boxed ? (this.story ?? null) : null),
			readingLine: () => options.readingLine(this),
			// The timeline moves only when this entry is not already whole in view, so that a view
			// someone chose (or a host page resizing an embed) is not pulled about needlessly.
			onread: (id) => {
				this.focusId = id ?? this.view.event;
			}
		});

		// Whatever selected the event, bring it into view in both views and announce it. Only a
		// new selection does this: the timeline binding arriving, or the list of events being
		// rebuilt, must not scroll to the same event again (and then glide, from wherever).
		$effect(() => {
			const event = this.selected;
			if (!this.address.hydrated) return;
			untrack(() => this.#bringIntoView(event));
		});

		onMount(() => {
			// The address names events by id, so it is read once every event is known.
			if (this.loader.complete) this.address.arrive();
			else this.loader.loadAll(resolve('/events.json')).then(() => this.address.arrive());
			return () => {
				// A pending write must not land on the next page's address.
				clearTimeout(this.#windowTimer);
				clearTimeout(this.#refitTimer);
			};
		});
	}

	get hydrated(): boolean {
		return this.address.hydrated;
	}

	/** Whether the selected event's details open inside its story entry. */
	get inlineDetails(): boolean {
		return this.#options.inlineDetails(this);
	}

	select(id: string | null, source: 'story' | 'other' = 'other') {
		this.#selectionSource = source;
		// The story's entries open and close with the selection: the one the reader is at stays put.
		const settle = this.#holdInPlace(
			source === 'story' ? id : id === null ? this.view.event : null
		);
		// The story is about to scroll to it: what it passes on the way is not being read.
		if (id && source === 'other' && id !== this.view.event) this.reading.landOn(id);
		this.explorer.select(id);
		settle();
		// Closing the details is not coming to another event: the timeline stays where it is.
		if (id) this.focusId = id;
	}

	/** "Zoom to this event": frames the event on the timeline as its date's precision asks. */
	zoomTo(id: string) {
		this.focusId = id;
		this.timeline?.zoomTo(id);
	}

	step(offset: 1 | -1) {
		const target = this.explorer.step(this.view.event ?? this.reading.currentId, offset);
		if (target) this.select(target.id);
	}

	jump(which: 'Home' | 'End' | 'Enter') {
		if (which === 'Enter') {
			const id = this.view.event ?? this.reading.currentId ?? this.visible[0]?.id;
			if (!id) return;
			if (id !== this.view.event) this.select(id);
			else tick().then(() => document.getElementById(`selected-details-${id}`)?.focus());
			return;
		}
		const target = which === 'Home' ? this.visible[0] : this.visible.at(-1);
		if (target) this.select(target.id);
	}

	/** After the filter changes, show all that is left; debounced so typing does not jolt it. */
	refit() {
		clearTimeout(this.#refitTimer);
		this.#refitTimer = setTimeout(() => this.timeline?.fit(), REFIT_DELAY_MS);
	}

	clearFilters() {
		this.explorer.clearFilters();
		this.refit();
	}

	dismiss(notice: string) {
		this.notices = this.notices.filter((other) => other !== notice);
	}

	/**
	 * Only a window the reader chose is written into the address: one they zoomed or panned to.
	 * The default view of every event leaves it out, and the timeline's own moves (following the
	 * story) leave the address as it is, so a fresh load or a shared link stays clean.
	 */
	onwindowchange(next: { start: Date; end: Date }, origin: WindowOrigin) {
		// Until the address has been read (and every event is known), it is not overwritten.
		if (!this.hydrated || origin === 'follow') return;
		clearTimeout(this.#windowTimer);
		const window = origin === 'fit' ? null : windowFromRange(next.start, next.end);
		// Settled windows only, and not faster than history allows.
		this.#windowTimer = setTimeout(() => this.explorer.update({ window }), WINDOW_WRITE_DELAY_MS);
	}

	/** `j` and `k` step anywhere on the page (the phone's sheet follows), except while typing or sharing. */
	onkey(keyEvent: KeyboardEvent) {
		if (keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey || this.sharing) return;
		const target = keyEvent.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
		if (keyEvent.key === 'j') this.step(1);
		else if (keyEvent.key === 'k') this.step(-1);
		else return;
		keyEvent.preventDefault();
	}

	/**
	 * Where the selected event's details open in its story entry (`inlineDetails`), opening one
	 * closes another: text above the reader would shrink, and the page would jump on. Measures
	 * the entry for `id` now, and returns what puts it back where it was once the story has
	 * changed (an entry closed above the top of the window is brought back to the reading line).
	 */
	#holdInPlace(id: string | null): () => void {
		const element = id && this.inlineDetails ? document.getElementById(`event-${id}`) : null;
		if (!element) return () => {};
		const before = element.getBoundingClientRect().top;
		return () =>
			tick().then(() => {
				const entry = document.getElementById(`event-${id}`);
				if (!entry) return;
				if (before < 0 && id !== this.view.event) return this.reading.scrollTo(entry, false);
				const shift = entry.getBoundingClientRect().top - before;
				if (Math.abs(shift) > 1) scrollBy({ top: shift, behavior: 'instant' });
			});
	}

	#announce(event: TimelineEvent) {
		const index = this.visible.findIndex((candidate) => candidate.id === event.id);
		const place = index === -1 ? '' : ` Event ${index + 1} of ${this.visible.length}.`;
		this.announcement = `${event.title}, ${formatEventDate(event.date)}.${place}`;
	}

	#bringIntoView(event: TimelineEvent | null) {
		if (!event) {
			this.#arrivedWithPage = false;
			return;
		}
		this.#announce(event);
		this.focusId = event.id;
		// A selection that arrives with the page jumps there; later ones glide.
		const glide = !prefersReducedMotion.current && !this.#arrivedWithPage;
		this.#arrivedWithPage = false;
		// Back from another page, the browser puts the story back where the reader left it.
		const restored = this.address.traversed;
		if (this.#selectionSource === 'story' || restored) {
			this.#selectionSource = 'other';
			return;
		}
		tick().then(async () => {
			const row = await this.storyList?.rowElement(event.id);
			// The entry itself, under the bar of its details when they open in the story.
			const entry = row?.querySelector<HTMLElement>('[data-event-id]') ?? row;
			if (entry && this.story) this.reading.scrollTo(entry, glide, event.id);
		});
	}
}
