import type { RawCollection, RawRecord } from '../collection/records.ts';
import { validateCollection, type CollectionResult } from '../collection/validate.ts';
import type { MadeEvent, MadeSource, MadeTimeline } from './made-timeline.ts';

/** A teacher's text is plain: the two marks a source body reads as Markdown are escaped. */
export function plainToBody(text: string): string {
	return text.replace(/[\\*]/g, (mark) => `\\${mark}`);
}

/** What the collection and its problems call a record: its title, or its place in the list. */
export function recordLabel(kind: 'Event' | 'Source', title: string, index: number): string {
	const name = title.trim();
	return name
		? `${kind} “${name.length > 60 ? `${name.slice(0, 59)}…` : name}”`
		: `${kind} ${index + 1}`;
}

function sourceRecord(source: MadeSource, index: number): RawRecord {
	const { id, title, author, publisher, published, url, licence } = source;
	return {
		name: recordLabel('Source', title, index),
		data: {
			id,
			title,
			author,
			publisher,
			published,
			...(url.trim() ? { url: url.trim() } : {}),
			...(licence.trim() ? { licence } : {})
		},
		body: plainToBody(source.text)
	};
}

function eventRecord(event: MadeEvent, index: number): RawRecord {
	const { description, ...fields } = event;
	return { name: recordLabel('Event', event.title, index), data: fields, body: description };
}

/** The title a timeline goes by before the teacher names it: its first source's. */
export function timelineTitle(made: MadeTimeline): string {
	return (
		made.title.trim() || made.sources.find((source) => source.title.trim())?.title.trim() || ''
	);
}

/**
 * Whether a source belongs in the collection: one still empty, that nothing quotes (a source
 * added but not yet filled in, or the blank first source of an imported timeline), does not.
 */
function inUse(made: MadeTimeline, source: MadeSource): boolean {
	if (source.text.trim() !== '') return true;
	return made.events.some(
		(event) =>
			event.quotes.some((quote) => quote.source === source.id) ||
			event.claims.some((claim) => claim.values.some((value) => value.quote.source === source.id))
	);
}

/** The timeline's records, as `validateCollection` reads `events/`. */
export function toRawCollection(made: MadeTimeline): RawCollection {
	const titles = made.sources.map((source) => source.title.trim()).filter(Boolean);
	const description =
		made.description.trim() ||
		(titles.length > 0 ? `Events from ${titles.map((title) => `“${title}”`).join(', ')}` : '');
	return {
		name: 'This timeline',
		settings: {
			name: 'This timeline',
			data: {
				title: timelineTitle(made).slice(0, 80),
				description: description.slice(0, 300),
				language: 'en',
				quotesRequired: false,
				descriptionsRequired: false,
				...(made.eras?.length ? { eras: made.eras } : {})
			}
		},
		themes: { name: 'Themes', data: made.themes },
		sources: made.sources.filter((source) => inUse(made, source)).map(sourceRecord),
		events: made.events.map(eventRecord),
		lessons: []
	};
}

/** The timeline as a collection the explorer shows, through the build's own validator. */
export function madeCollection(made: MadeTimeline): CollectionResult {
	return validateCollection(toRawCollection(made));
}
