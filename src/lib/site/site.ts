/** A collection's title, as the site's full name: the home page's title, embeds and citations. */
export function siteName(collectionTitle: string): string {
	return collectionTitle ? `${collectionTitle}: a timeline explorer` : 'A timeline explorer';
}

/**
 * A page's title: its own words first, the collection's title last, e.g.
 * "Lessons · Kazakhstan 1990–2012". An empty part (a name not known) is left out.
 */
export function pageTitle(...parts: string[]): string {
	return parts.filter((part) => part !== '').join(' · ');
}
