import { subDays } from 'date-fns';
import type { Collection, TimelineEvent } from '$lib/model/types.ts';
import { formatPublished } from '$lib/model/citation.ts';
import { escapeHtml } from '$lib/model/html.ts';
import { SITE_SHORT_NAME } from '$lib/site/site.ts';
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
	/** HTML, like the text: the escaped label of the event's first theme. */
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

function displayDate(event: TimelineEvent): string {
	const approximate = event.approximate ? 'c. ' : '';
	const planned = event.status === 'planned' ? ' (planned)' : '';
	return `${approximate}${formatEventDate(event.date)}${planned}`;
}

function slide(event: TimelineEvent, themeLabels: Map<string, string>): TimelineJsSlide {
	const { date } = event;
	const start = date.kind === 'single' ? date.value : date.start;
	const end =
		date.kind === 'span' ? date.end : date.value.precision === 'season' ? date.value : null;
	const firstTheme = event.themes[0] ?? '';
	return {
		start_date: timelineDate(start, 'start'),
		...(end ? { end_date: timelineDate(end, 'end') } : {}),
		display_date: displayDate(event),
		text: { headline: escapeHtml(event.title), text: escapeHtml(event.description) },
		group: escapeHtml(themeLabels.get(firstTheme) ?? firstTheme),
		unique_id: event.id
	};
}

/** The collection as a TimelineJS 3 JSON document, one slide per event, grouped by first theme. */
export function toTimelineJs(
	collection: Pick<Collection, 'events' | 'themes' | 'sources'>
): TimelineJsDocument {
	const themeLabels = new Map(collection.themes.map((theme) => [theme.id, theme.label]));
	const credits = collection.sources
		.map(
			(source) =>
				`${source.author}, “${source.title}”, ${source.publisher}, ${formatPublished(source)}`
		)
		.join('; ');
	return {
		title: {
			text: {
				headline: escapeHtml(SITE_SHORT_NAME),
				text: escapeHtml(
					`From Nazarbayev's coming to power to the January 2012 elections. Quotes from ${credits}; descriptions in our own words.`
				)
			}
		},
		events: collection.events.map((event) => slide(event, themeLabels))
	};
}
