import type { TimelineEvent } from '$lib/model/types.ts';

export type ExportKind = 'events-csv' | 'figures-csv' | 'claims-csv' | 'events-json' | 'timelinejs';

/** One file a reader can download of the events shown: what the button and its note say. */
export interface ExportKindInfo {
	kind: ExportKind;
	/** The button's label, as the footer's Data links name the whole-collection files. */
	label: string;
	/** Added to the selection's stem to name the file. */
	suffix: string;
	type: string;
	/** What one row or record of the file is, singular and plural. */
	unit: readonly [string, string];
	/** How many of them the file would hold. */
	count: (events: readonly TimelineEvent[]) => number;
	/** Why the file is not offered when it would hold nothing. */
	empty: string;
}

const NO_EVENTS = 'No events are shown, so there is nothing to download.';
const countEvents = (events: readonly TimelineEvent[]) => events.length;
const CSV = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json;charset=utf-8';

export const EXPORT_KINDS: readonly ExportKindInfo[] = [
	{
		kind: 'events-csv',
		label: 'Events as CSV',
		suffix: '.csv',
		type: CSV,
		unit: ['event', 'events'],
		count: countEvents,
		empty: NO_EVENTS
	},
	{
		kind: 'figures-csv',
		label: 'Figures as CSV',
		suffix: '-figures.csv',
		type: CSV,
		unit: ['figure', 'figures'],
		count: (events) => events.reduce((sum, event) => sum + event.figures.length, 0),
		empty: 'None of the events shown states a figure.'
	},
	{
		kind: 'claims-csv',
		label: 'Claims as CSV',
		suffix: '-claims.csv',
		type: CSV,
		unit: ['claimed value', 'claimed values'],
		count: (events) =>
			events.reduce(
				(sum, event) =>
					sum + event.claims.reduce((values, claim) => values + claim.values.length, 0),
				0
			),
		empty: 'None of the events shown has a disputed claim.'
	},
	{
		kind: 'events-json',
		label: 'Events as JSON',
		suffix: '.json',
		type: JSON_TYPE,
		unit: ['event', 'events'],
		count: countEvents,
		empty: NO_EVENTS
	},
	{
		kind: 'timelinejs',
		label: 'Events for TimelineJS',
		suffix: '.timelinejs.json',
		type: JSON_TYPE,
		unit: ['slide', 'slides'],
		count: countEvents,
		empty: NO_EVENTS
	}
];

export function exportKind(kind: ExportKind): ExportKindInfo {
	return EXPORT_KINDS.find((info) => info.kind === kind)!;
}
