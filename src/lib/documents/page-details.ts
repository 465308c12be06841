import { detailText, publishedDay, webAddress, type SourceDetails } from './details.ts';

/** The part of Readability's result that describes the article rather than holding it. */
export interface ArticleMetadata {
	title?: string | null;
	byline?: string | null;
	siteName?: string | null;
	publishedTime?: string | null;
}

/** A browser's note at the top of a page it saved: `<!-- saved from url=(0044)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/**
 * The page's own address, read before Readability takes the page apart: its og:url, else its
 * canonical link, else the address the browser noted when it saved the page.
 */
export function pageAddress(html: string, page: Document): string | undefined {
	const openGraph = page.querySelector('meta[property="og:url"], meta[name="og:url"]');
	const canonical = page.querySelector('link[rel~="canonical"]');
	return (
		webAddress(openGraph?.getAttribute('content')) ??
		webAddress(canonical?.getAttribute('href')) ??
		webAddress(SAVED_FROM.exec(html.slice(0, 2048))?.[1])
	);
}

/**
 * What the page says of itself: Readability's title, byline (the author), site name (the
 * publisher) and day published, with the address; the page's <title> when Readability found no
 * article.
 */
export function pageDetails(
	article: ArticleMetadata | null,
	pageTitle: string,
	url: string | undefined
): SourceDetails {
	const details: SourceDetails = {
		title: detailText(article?.title) ?? detailText(pageTitle),
		author: detailText(article?.byline?.replace(/^\s*by\s+/i, '')),
		publisher: detailText(article?.siteName),
		published: publishedDay(article?.publishedTime),
		url
	};
	return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
}
