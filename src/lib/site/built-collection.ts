import { resolve } from '$app/paths';
import type { ResolvedQuote } from '$lib/model/types';

/**
 * A quote shown in its source on the built site: the source's prerendered page, the quote
 * marked (`?p=&start=&end=`) and the paragraph in the fragment, so that it works without
 * JavaScript too.
 */
export function builtQuoteHref(quote: ResolvedQuote): string {
	return `${resolve(`/sources/${quote.source}/`)}?p=${quote.paragraph}&start=${quote.start}&end=${quote.end}#p${quote.paragraph}`;
}
