import { resolve } from '$app/paths';
import type { ResolvedQuote, TimelineEvent } from '$lib/model/types.ts';

/**
 * A quote shown in its source on the built site: the source's prerendered page, the quote
 * marked (`?p=&start=&end=`) and the paragraph in the fragment, so that it works without
 * JavaScript too.
 */
export function builtQuoteHref(quote: ResolvedQuote): string {
	return `${resolve(`/sources/${quote.source}/`)}?p=${quote.paragraph}&start=${quote.start}&end=${quote.end}#p${quote.paragraph}`;
}

/** Every event the build holds, from its /events.json: for the pages that need them all. */
export async function loadBuiltEvents(): Promise<TimelineEvent[]> {
	const response = await fetch(resolve('/events.json'), { signal: AbortSignal.timeout(60_000) });
	if (!response.ok) throw new Error(`${response.status}`);
	return ((await response.json()) as { events: TimelineEvent[] }).events;
}
