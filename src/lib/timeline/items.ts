import type { TimelineEvent } from '$lib/model/types.ts';
import { eventExtent, eventPrecision, formatEventDate } from '$lib/model/precision.ts';
import type { EventFit } from './visible-window.ts';

/** What the adapter needs to draw one event; plain data, so the mapping can be tested alone. */
export interface TimelineItemModel {
	id: string;
	title: string;
	/** Shown as the item's tooltip: title, date and themes, as text. */
	tooltip: string;
	start: Date;
	/** Absent for a point (an event known to the day). */
	end?: Date;
	type: 'point' | 'range';
	/** Space-separated classes that carry precision, status and theme to the stylesheet. */
	className: string;
	/** How "Zoom to this event" frames it: a day, a month or season, or a year or span. */
	fit: EventFit;
	/** The primary theme id: its colour, shape and lane. */
	theme: string;
	themeIndex: number;
}

/** What toTimelineItem needs of the themes: each one's place in the order (its shape and lane). */
export function themeLookups(themes: ReadonlyArray<{ id: string; label: string }>) {
	const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
	return {
		themeIndex: new Map(themes.map((theme, index) => [theme.id, index])),
		themeLabel: (id: string) => labels.get(id) ?? id
	};
}

/**
 * A day is a point; a year, season or month is drawn over its extent but styled as uncertain,
 * so it cannot be mistaken for a real span from one date to another.
 */
export function toTimelineItem(
	event: TimelineEvent,
	themeIndexById: ReadonlyMap<string, number>,
	themeLabel: (id: string) => string
): TimelineItemModel {
	const extent = eventExtent(event.date);
	const precision = eventPrecision(event.date);
	const point = event.date.kind === 'single' && precision === 'day';
	const theme = event.themes[0]!;
	const classes = [
		'kz-item',
		point ? 'is-point' : event.date.kind === 'span' ? 'is-span' : 'is-period',
		`precision-${precision}`
	];
	if (event.status === 'planned') classes.push('is-planned');
	if (event.approximate) classes.push('is-approximate');
	const date = formatEventDate(event.date);
	const notes = [
		event.approximate ? 'approximate date' : '',
		event.status === 'planned' ? 'planned' : ''
	].filter(Boolean);
	return {
		id: event.id,
		title: event.title,
		tooltip: `${event.title}\n${date}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}\n${event.themes.map(themeLabel).join(', ')}`,
		start: extent.start,
		end: point ? undefined : extent.end,
		type: point ? 'point' : 'range',
		className: classes.join(' '),
		fit: point
			? 'day'
			: event.date.kind === 'single' && precision !== 'year'
				? 'stretch'
				: 'extent',
		theme,
		themeIndex: themeIndexById.get(theme) ?? 0
	};
}

/**
 * A function from events to their item models, with a model made once per event: a filter then
 * only picks among the same models, and the engine sees the same objects again.
 */
export function itemModels(themes: ReadonlyArray<{ id: string; label: string }>) {
	const { themeIndex, themeLabel } = themeLookups(themes);
	const made = new WeakMap<TimelineEvent, TimelineItemModel>();
	return (events: readonly TimelineEvent[]): TimelineItemModel[] =>
		events.map((event) => {
			let item = made.get(event);
			if (!item) {
				item = toTimelineItem(event, themeIndex, themeLabel);
				made.set(event, item);
			}
			return item;
		});
}
