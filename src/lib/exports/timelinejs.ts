import { subDays } from 'date-fns';
import type {
	CollectionSettings,
	ResolvedQuote,
	SourceMeta,
	Theme,
	TimelineEvent
} from '$lib/model/types.ts';
import { attribution, credit } from '$lib/model/citation.ts';
import { escapeHtml } from '$lib/model/html.ts';
import { NO_SOURCE_QUOTE } from '$lib/model/no-source-quote.ts';
import {
	formatEventDate,
	formatPartialDate,
	partialDateExtent,
	type PartialDate
} from '$lib/model/precision.ts';

/** A date as TimelineJS 3 reads it: only the parts the precision knows. */
export interface TimelineJsDate {
	year: number;
	/** 1–12. */
	month?: number;
	/** 1–31. */
	day?: number;
	/** What TimelineJS shows instead of the date it would format. */
	display_date?: string;
}

export interface TimelineJsText {
	/** HTML; we only ever put escaped plain text here. */
	headline: string;
	text: string;
}

export interface TimelineJsSlide {
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date: string;
	text: TimelineJsText;
	/**
	 * The label of the event's first theme. TimelineJS reads it as HTML, strips it to text and
	 * then writes that text as HTML, so it is escaped twice to arrive as the text it is.
	 */
	group: string;
	unique_id: string;
}

export interface TimelineJsDocument {
	title?: { text: TimelineJsText };
	events: TimelineJsSlide[];
}

/**
 * TimelineJS has no seasons, so a season becomes its months: the first month where the date
 * starts something, the last month where it ends it.
 */
function timelineDate(date: PartialDate, edge: 'start' | 'end'): TimelineJsDate {
	const display_date = formatPartialDate(date);
	switch (date.precision) {
		case 'year':
			return { year: date.year, display_date };
		case 'season': {
			const extent = partialDateExtent(date);
			const month = edge === 'start' ? extent.start : subDays(extent.end, 1);
			return { year: month.getFullYear(), month: month.getMonth() + 1, display_date };
		}
		case 'month':
			return { year: date.year, month: date.month, display_date };
		case 'day':
			return { year: date.year, month: date.month, day: date.day, display_date };
	}
}

/** How the site shows the date; a date kept from a TimelineJS file goes back as it came. */
function displayDate(event: TimelineEvent): string {
	if (event.displayDate) return event.displayDate;
	const approximate = event.approximate ? 'c. ' : '';
	const planned = event.status === 'planned' ? ' (planned)' : '';
	return `${approximate}${formatEventDate(event.date)}${planned}`;
}

/** A quote as a blockquote with its citation: author, title, publisher, date and paragraph. */
function quoteHtml(quote: ResolvedQuote, sources: ReadonlyMap<string, SourceMeta>): string {
	const source = sources.get(quote.source);
	const citation = source
		? attribution(source, quote.paragraph)
		: `${quote.source}, paragraph ${quote.paragraph}`;
	return `<blockquote><p>${escapeHtml(quote.text)}</p><cite>${escapeHtml(citation)}</cite></blockquote>`;
}

function slide(
	event: TimelineEvent,
	themeLabels: ReadonlyMap<string, string>,
	sources: ReadonlyMap<string, SourceMeta>
): TimelineJsSlide {
	const { date } = event;
	const start = date.kind === 'single' ? date.value : date.start;
	const end =
		date.kind === 'span' ? date.end : date.value.precision === 'season' ? date.value : null;
	const firstTheme = event.themes[0] ?? '';
	const quotes =
		event.quotes.length > 0
			? event.quotes.map((quote) => quoteHtml(quote, sources)).join('')
			: `<p><em>${NO_SOURCE_QUOTE}</em></p>`;
	return {
		start_date: timelineDate(start, 'start'),
		...(end ? { end_date: timelineDate(end, 'end') } : {}),
		display_date: displayDate(event),
		text: {
			headline: escapeHtml(event.title),
			text: `<p>${escapeHtml(event.description)}</p>${quotes}`
		},
		group: escapeHtml(escapeHtml(themeLabels.get(firstTheme) ?? firstTheme)),
		unique_id: event.id
	};
}

export interface TimelineJsInput {
	/** The events, one slide each; TimelineJS orders them by date itself. */
	events: readonly TimelineEvent[];
	themes: readonly Theme[];
	/** The sources the events quote, for each quote's citation and the title slide's credits. */
	sources: readonly SourceMeta[];
	/** What the collection says of itself: its title and description, for the title slide. */
	settings: Pick<CollectionSettings, 'title' | 'description'>;
}

/**
 * The events as a TimelineJS 3 JSON document, one slide per event with its quotes and their
 * citations, grouped by first theme. `about` says on the title slide which events these are,
 * when they are not the whole collection.
 */
export function toTimelineJs(
	{ events, themes, sources, settings }: TimelineJsInput,
	about?: string
): TimelineJsDocument {
	const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
	const sourcesById = new Map(sources.map((source) => [source.id, source]));
	const credits = sources.map(credit).join('; ');
	const intro = `${settings.description} Quotes from ${credits}; descriptions in our own words.`;
	return {
		title: {
			text: {
				headline: escapeHtml(settings.title),
				text: about ? `<p>${escapeHtml(about)}</p><p>${escapeHtml(intro)}</p>` : escapeHtml(intro)
			}
		},
		events: events.map((event) => slide(event, themeLabels, sourcesById))
	};
}
