import type { Lesson, TimelineEvent } from '$lib/model/types.ts';
import { countByTheme, createEventFilter } from '$lib/model/filter.ts';
import {
	DEFAULT_STATE,
	parseExplorerState,
	serialiseExplorerState,
	type ExplorerState,
	type KnownIds,
	type ParsedState
} from '$lib/model/url-state.ts';
import { stepFrom } from '$lib/narrative/walk-order.ts';

export type HistoryMode = 'push' | 'replace';

/** What the explorer needs of a lesson preset. */
/** A lesson as the explorer shows it: its events in order, and the prompts and questions it sets. */
export type ExplorerLesson = Pick<Lesson, 'id' | 'title' | 'events' | 'window' | 'themes'> &
	Partial<Pick<Lesson, 'prompts' | 'questions'>>;

export interface ExplorerOptions {
	/** Every event, in date order; read again when it changes (a large set arrives later). */
	events: () => TimelineEvent[];
	themeIds: string[];
	/** Lesson presets that `?lesson=` may name. Default none. */
	lessons?: ExplorerLesson[];
	/**
	 * A lesson shown whatever the address says, and never written into it: one made in the
	 * lesson builder, which no `?lesson=` can name. Default none.
	 */
	lesson?: ExplorerLesson;
	/** The current URL, or null while the page is not yet hydrated (the prerendered state). */
	url: () => URL | null;
	/** Writes a new query string into history without reloading data. */
	navigate: (search: string, mode: HistoryMode) => void;
}

/** Lookups built once per set of events. */
function indexEvents(
	events: TimelineEvent[],
	themeIds: string[],
	lessonIds: string[],
	shownLessonTitle: string | undefined
) {
	const byId = new Map(events.map((event) => [event.id, event]));
	const known: KnownIds = {
		themes: themeIds,
		events: new Set(byId.keys()),
		lessons: new Set(lessonIds),
		shownLessonTitle
	};
	return { byId, known, filter: createEventFilter(events), counts: countByTheme(events) };
}

/**
 * The explorer's state. The URL is the source of truth: everything here is derived from it,
 * and every change is written back to it, so any view can be shared or restored.
 */
export class Explorer {
	readonly themeIds: string[];
	readonly #options: ExplorerOptions;
	readonly #lessons: Map<string, ExplorerLesson>;
	readonly #index = $derived.by(() =>
		indexEvents(this.events, this.themeIds, [...this.#lessonIds()], this.#options.lesson?.title)
	);

	readonly parsed: ParsedState = $derived.by(() => {
		const url = this.#options.url();
		return url
			? parseExplorerState(url.searchParams, this.#index.known)
			: { state: DEFAULT_STATE, notices: [] };
	});
	readonly state: ExplorerState = $derived(this.parsed.state);

	// Keyed by strings so that a change of window or selection does not re-run the filter.
	readonly #themesKey = $derived(this.state.themes?.join(',') ?? null);
	readonly #query = $derived(this.state.query);
	readonly lesson: ExplorerLesson | null = $derived.by(
		() =>
			this.#options.lesson ??
			(this.state.lesson ? (this.findLesson(this.state.lesson) ?? null) : null)
	);
	/** Events that pass the filter: in date order, or in the lesson's own order. */
	readonly visible: TimelineEvent[] = $derived.by(() => this.#inLessonOrder(this.#matching));
	readonly #matching: TimelineEvent[] = $derived.by(() =>
		this.#index.filter({
			themes: this.#themesKey === null ? null : this.#themesKey.split(',').filter(Boolean),
			query: this.#query
		})
	);
	readonly selected: TimelineEvent | null = $derived(
		this.state.event ? (this.find(this.state.event) ?? null) : null
	);

	/**
	 * The event the address chose that the filters hide, though the lesson (if any) holds it:
	 * the page says so and offers to show it, rather than showing nothing without a word.
	 */
	readonly hiddenSelection: TimelineEvent | null = $derived.by(() => {
		const { selected, lesson } = this;
		if (!selected || !this.filtered) return null;
		if (this.visible.some((event) => event.id === selected.id)) return null;
		return !lesson || lesson.events.includes(selected.id) ? selected : null;
	});

	constructor(options: ExplorerOptions) {
		this.#options = options;
		this.themeIds = options.themeIds;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#lessons = new Map((options.lessons ?? []).map((lesson) => [lesson.id, lesson]));
	}

	get events(): TimelineEvent[] {
		return this.#options.events();
	}

	get themeCounts(): Record<string, number> {
		return this.#index.counts;
	}

	#lessonIds() {
		return this.#lessons.keys();
	}

	#inLessonOrder(matching: TimelineEvent[]): TimelineEvent[] {
		const lesson = this.lesson;
		if (!lesson) return matching;
		// A local lookup, built and dropped within one derivation.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const ids = new Set(matching.map((event) => event.id));
		return lesson.events.filter((id) => ids.has(id)).map((id) => this.find(id)!);
	}

	/** How many events the current scope holds before filtering: all, or the lesson's. */
	get total(): number {
		return this.lesson?.events.length ?? this.events.length;
	}

	findLesson(id: string): ExplorerLesson | undefined {
		return this.#lessons.get(id);
	}

	find(id: string): TimelineEvent | undefined {
		return this.#index.byId.get(id);
	}

	isThemeShown(id: string): boolean {
		return this.state.themes === null || this.state.themes.includes(id);
	}

	get filtered(): boolean {
		return this.state.themes !== null || this.state.query !== '';
	}

	update(patch: Partial<ExplorerState>, mode: HistoryMode = 'replace') {
		const next = { ...this.state, ...patch };
		const search = `?${serialiseExplorerState(next).toString()}`;
		// The same address written again would add nothing, and would rebuild every view of it.
		if (search === (this.#options.url()?.search || '?')) return;
		this.#options.navigate(search, mode);
	}

	select(id: string | null) {
		if (id === this.state.event) return;
		this.update({ event: id }, 'push');
	}

	setThemes(themes: string[] | null) {
		const ordered = themes === null ? null : this.themeIds.filter((id) => themes.includes(id));
		this.update({ themes: ordered?.length === this.themeIds.length ? null : ordered });
	}

	toggleTheme(id: string) {
		const shown = this.state.themes ?? this.themeIds;
		this.setThemes(shown.includes(id) ? shown.filter((theme) => theme !== id) : [...shown, id]);
	}

	clearFilters() {
		this.update({ themes: null, query: '' });
	}

	/** The visible event `offset` steps from `fromId` in order, or the first or last one. */
	step(fromId: string | null, offset: 1 | -1): TimelineEvent | null {
		return stepFrom(this.visible, fromId, offset);
	}
}
