import { resolve } from '$app/paths';
import type { Collection, ResolvedQuote } from '$lib/model/types.ts';
import {
	heldCollection,
	setCollection,
	type CollectionContext
} from '$lib/site/collection-context.ts';

/**
 * The address of a teacher's timeline in the explorer, with anything else it should show. On
 * the explorer's own page it is the #fragment alone, which the page reads as it changes.
 */
export function madeViewHref(
	timelineId: string,
	fields: Record<string, string | number> = {},
	onViewPage = false
) {
	const entries = Object.entries({ t: timelineId, ...fields }).map(([key, value]) => [
		key,
		String(value)
	]);
	return `${onViewPage ? '' : resolve('/make/view/')}#${new URLSearchParams(entries)}`;
}

/**
 * Sets a teacher's timeline as the collection of the component that calls this while it
 * initialises: its quotes open in their source in the timeline's explorer, the passage marked.
 */
export function setMadeCollection(
	collection: Collection,
	timelineId: string,
	onViewPage = false
): CollectionContext {
	const quoteHref = ({ source, paragraph, start, end }: ResolvedQuote) =>
		madeViewHref(timelineId, { source, p: paragraph, start, end }, onViewPage);
	const context = heldCollection(collection, quoteHref);
	setCollection(context);
	return context;
}
