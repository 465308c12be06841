import { resolve } from '$app/paths';
import { formatEventDate } from '$lib/model/precision';
import type { SourceMeta, Theme, TimelineEvent } from '$lib/model/types';
import { windowFromRange, windowRange } from '$lib/model/url-state';
import { citedSourceIds } from '$lib/model/cited-sources';
import { ReadingSync } from '$lib/narrative/reading-sync.svelte';
import { getContent } from '$lib/site/content-context';
import { onMount, tick, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { MediaQuery } from 'svelte/reactivity';
import { Hydrated } from '$lib/ui/hydrated.svelte';
import { Address } from './address.svelte';
import { EventLoader } from './event-loader.svelte';
import { Explorer, type ExplorerLesson } from './explorer.svelte';

/** What the session asks of the timeline component it is bound to. */
export interface TimelineControl {
	reveal(id: string, animate: boolean, onlyIfOutside?: boolean): void;
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
	/** Where in the viewport, in px, an entry of the story counts as being read. */
	readingLine: (session: ExplorerSession) => number;
	/** The story scrolls its own box (an embed), not the window. */
	boxed: boolean;
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
		citedSourceIds(this.visible).flatMap((id) => this.#content.source(id) ?? [])
	);

	readonly #content = getContent();
	/** Where the last selection came from: the story needs no scrolling for its own clicks. */
	#selectionSource: 'story' | 'other' = 'other';
	#arrivedWithPage = true;
	#refitTimer: ReturnType<typeof setTimeout> | undefined;
	#windowTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: ExplorerSessionOptions) {
		this.themes = options.themes;
		this.loader = new EventLoader(options.events, options.total);
		this.address = new Address(() => (this.notices = this.explorer.parsed.notices));
		this.explorer = new Explorer({
			events: () => this.loader.events,
			themeIds: options.themes.map((theme) => theme.id),
			lessons: options.lessons,
			url: () => this.address.current,
			navigate: (search, mode) => this.address.write(search, mode)
		});
		this.reading = new ReadingSync({
			story: () => this.story,
			scroller: () => (options.boxed ? (this.story ?? null) : null),
			readingLine: () => options.readingLine(this),
			// The timeline follows the reader only when the entry leaves its window, so that a view
			// someone chose (or a host page resizing an embed) is not pulled back to the top entry.
			onread: (id) => {
				if (id) this.timeline?.reveal(id, !prefersReducedMotion.current, true);
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

	select(id: string | null, source: 'story' | 'other' = 'other') {
		this.#selectionSource = source;
		this.explorer.select(id);
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
			else tick().then(() => document.getElementById(`details-title-${id}`)?.focus());
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

	onwindowchange(next: { start: Date; end: Date }) {
		clearTimeout(this.#windowTimer);
		// Until the address has been read (and every event is known), it is not overwritten.
		if (!this.hydrated) return;
		// Settled windows only, and not faster than history allows.
		this.#windowTimer = setTimeout(
			() => this.explorer.update({ window: windowFromRange(next.start, next.end) }),
			WINDOW_WRITE_DELAY_MS
		);
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
		// A selection that arrives with the page jumps there; later ones glide.
		const glide = !prefersReducedMotion.current && !this.#arrivedWithPage;
		this.#arrivedWithPage = false;
		// The timeline reveals a selection it was created with by itself.
		this.timeline?.reveal(event.id, glide);
		if (this.#selectionSource === 'story') {
			this.#selectionSource = 'other';
			return;
		}
		tick().then(async () => {
			const entry = await this.storyList?.rowElement(event.id);
			if (entry && this.story) this.reading.scrollTo(entry, glide);
		});
	}
}
