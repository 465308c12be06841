import { resolve } from '$app/paths';
import { createContext } from 'svelte';
import { sourceMeta } from '$lib/model/types.ts';
import { datesExtent } from '$lib/model/years-covered.ts';
import type {
	Collection,
	CollectionSettings,
	ResolvedQuote,
	Source,
	SourceMeta,
	Theme,
	TimelineEvent
} from '$lib/model/types.ts';

/** What a page knows of the collection it shows, from the build or made in the browser. */
export interface CollectionParts {
	/** Null only on an error page a static host served without the layout's data. */
	settings: CollectionSettings | null;
	themes: Theme[];
	sources: SourceMeta[];
	/**
	 * Where "Show in source" opens a quote: the built site's prerendered source page, or, for a
	 * collection made in the browser, an address the page that shows it reads.
	 */
	quoteHref: (quote: ResolvedQuote) => string;
	/**
	 * Where a link to an event goes: its prerendered page, or, for a collection made in the
	 * browser, which has no such pages, the explorer of the page that holds it, with the event
	 * chosen. Default the built page.
	 */
	eventHref?: (id: string) => string;
	/** Every event, however many the page carries: fetched from the build, or already at hand. */
	events: () => Promise<TimelineEvent[]>;
	/** The full texts, where the page holds them (a collection made in the browser). */
	texts?: Source[];
	/** From the first moment its events cover to the first moment after the last; null for none. */
	extent: { start: Date; end: Date } | null;
	/**
	 * Whether the page may show an image from another site, on the reader's request: only the
	 * pages of a teacher's own timeline (`/make/`), whose policy allows https: images
	 * (hooks.server.ts). Default false: media stay links.
	 */
	remoteImages?: boolean;
}

/**
 * The collection every component on a page reads: its name, themes and sources, and where its
 * quotes are shown in context. The page sets it; nothing below the page knows where the
 * collection came from.
 */
export class CollectionContext {
	readonly settings: CollectionSettings | null;
	readonly themes: Theme[];
	/** Every source the collection quotes. */
	readonly sources: SourceMeta[];
	readonly quoteHref: (quote: ResolvedQuote) => string;
	readonly eventHref: (id: string) => string;
	/** Whether each event has a page of its own (the built site's), to offer as a link. */
	readonly eventPages: boolean;
	/** Whether an event's image may be loaded from its site when the reader asks. */
	readonly remoteImages: boolean;
	readonly extent: { start: Date; end: Date } | null;
	/** Every event of the collection, for the pages that need them all (the lesson builder). */
	readonly allEvents: () => Promise<TimelineEvent[]>;
	readonly #themesById: Map<string, Theme>;
	readonly #sourcesById: Map<string, SourceMeta>;
	readonly #textsById: Map<string, Source>;

	constructor(parts: CollectionParts) {
		const { settings, themes, sources, quoteHref, texts = [], extent, events } = parts;
		this.settings = settings;
		this.eventHref = parts.eventHref ?? ((id) => resolve(`/events/${id}/`));
		this.eventPages = parts.eventHref === undefined;
		this.remoteImages = parts.remoteImages ?? false;
		this.allEvents = events;
		this.extent = extent;
		this.themes = themes;
		this.sources = sources;
		this.quoteHref = quoteHref;
		this.#themesById = new Map(themes.map((theme) => [theme.id, theme]));
		this.#sourcesById = new Map(sources.map((source) => [source.id, source]));
		this.#textsById = new Map(texts.map((source) => [source.id, source]));
	}

	/** The collection's name, e.g. "Kazakhstan 1990–2012"; '' where it is not known. */
	get title(): string {
		return this.settings?.title ?? '';
	}

	/** One line on what it covers; '' where it is not known. */
	get description(): string {
		return this.settings?.description ?? '';
	}

	theme(id: string): Theme | undefined {
		return this.#themesById.get(id);
	}

	source(id: string): SourceMeta | undefined {
		return this.#sourcesById.get(id);
	}

	/** A source's full text, where the page holds it. */
	sourceText(id: string): Source | undefined {
		return this.#textsById.get(id);
	}
}

/**
 * A collection the page holds whole, made or opened in the browser: its sources' texts are at
 * hand, so its quotes open in the page itself, at the address `quoteHref` gives, and its events
 * at the address `eventHref` gives, since none has a page of its own.
 */
export function heldCollection(
	collection: Collection,
	quoteHref: (quote: ResolvedQuote) => string,
	eventHref: (id: string) => string,
	remoteImages = false
): CollectionContext {
	return new CollectionContext({
		remoteImages,
		eventHref,
		settings: collection.settings,
		themes: collection.themes,
		sources: collection.sources.map(sourceMeta),
		texts: collection.sources,
		quoteHref,
		extent: datesExtent(collection.events.map((event) => event.date)),
		events: async () => collection.events
	});
}

export const [getCollection, setCollection] = createContext<CollectionContext>();
