/** The most of an address's #fragment a printed page shows. */
const FRAGMENT_SHOWN = 12;

/**
 * An address as a printed page names it. A built lesson's address carries the whole lesson in
 * its fragment, thousands of characters that no reader would type from paper: the fragment is
 * cut, and the line says so.
 */
export function printedAddress(href: string): string {
	const hash = href.indexOf('#');
	if (hash < 0 || href.length - hash - 1 <= FRAGMENT_SHOWN * 2) return href;
	const left = href.length - hash - 1 - FRAGMENT_SHOWN;
	return `${href.slice(0, hash + 1 + FRAGMENT_SHOWN)}… (${left.toLocaleString('en-GB')} more characters)`;
}
