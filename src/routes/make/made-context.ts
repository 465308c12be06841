import { resolve } from '$app/paths';
import { resolveLesson, type ResolvedLesson } from '$lib/lesson-builder/lesson-record.ts';
import { readDraft } from '$lib/lesson-builder/read-draft.ts';
import type { MadeTimeline } from '$lib/make/made-timeline.ts';
import type { Collection, ResolvedQuote } from '$lib/model/types.ts';
import {
	heldCollection,
	setCollection,
	type CollectionContext
} from '$lib/site/collection-context.ts';

/** Fields of a page's #fragment: a quote's `source`, `p`, `start` and `end`, say. */
export type FragmentFields = Record<string, string | number>;

/** The address of a page that shows a teacher's timeline, with more fields in its fragment. */
export type FragmentHref = (fields?: FragmentFields) => string;

function fragment(fields: FragmentFields): string {
	return `#${new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)]))}`;
}

/**
 * The address of a teacher's timeline in the explorer, with anything else it should show. On
 * the explorer's own page it is the #fragment alone, which the page reads as it changes.
 */
export function madeViewHref(timelineId: string, fields: FragmentFields = {}, onViewPage = false) {
	return `${onViewPage ? '' : resolve('/make/view/')}${fragment({ t: timelineId, ...fields })}`;
}

/**
 * The fragment of an embed of a timeline its link holds (`code`), as the lesson or the explorer,
 * with anything else it should show. `t` comes last, so that a quote's fields stay readable.
 */
export function madeEmbedHref(code: string, lesson: boolean): FragmentHref {
	return (fields = {}) => fragment({ ...(lesson ? { lesson: '' } : {}), ...fields, t: code });
}

/**
 * Sets a teacher's timeline as the collection of the component that calls this while it
 * initialises: its quotes open in their source at the address `href` gives, the passage marked,
 * and its events, which have no pages of their own, chosen in the explorer at `explorerHref`.
 */
export function setMadeCollection(
	collection: Collection,
	href: FragmentHref,
	explorerHref: FragmentHref = href
): CollectionContext {
	const quoteHref = ({ source, paragraph, start, end }: ResolvedQuote) =>
		href({ source, p: paragraph, start, end });
	const eventHref = (id: string) => {
		const [path = '', fields = ''] = explorerHref().split('#');
		return `${path}?${new URLSearchParams({ event: id })}#${fields}`;
	};
	// The /make/ pages' policy allows https: images, shown when the reader asks (hooks.server.ts).
	const context = heldCollection(collection, quoteHref, eventHref, true);
	setCollection(context);
	return context;
}

/** The lesson a timeline carries, over the events of its collection; null where it has none. */
export function madeLesson(made: MadeTimeline, collection: Collection): ResolvedLesson | null {
	const draft = readDraft(made.lesson)?.draft;
	if (!draft) return null;
	return resolveLesson(draft, new Map(collection.events.map((event) => [event.id, event])));
}
