export interface Highlight {
	paragraph: number;
	start: number;
	end: number;
}

const WHOLE_NUMBER = /^\d{1,7}$/;

/** Reads `?p=12&start=40&end=90` as written by "Show in source"; anything else is no highlight. */
export function parseHighlight(search: URLSearchParams, paragraphCount: number): Highlight | null {
	const values = ['p', 'start', 'end'].map((name) => search.get(name) ?? '');
	if (!values.every((value) => WHOLE_NUMBER.test(value))) return null;
	const [paragraph, start, end] = values.map(Number) as [number, number, number];
	if (paragraph < 1 || paragraph > paragraphCount || end <= start) return null;
	return { paragraph, start, end };
}

const PARAGRAPH_FRAGMENT = /^#p(\d{1,7})$/;

/**
 * The paragraph an address brings the reader to: the one its highlight marks, else the one its
 * `#p12` fragment names; null for none, or for a number the source does not have.
 */
export function paragraphInAddress(
	highlight: Highlight | null,
	fragment: string,
	paragraphCount: number
): number | null {
	if (highlight) return highlight.paragraph;
	const named = Number(PARAGRAPH_FRAGMENT.exec(fragment)?.[1] ?? 0);
	return named >= 1 && named <= paragraphCount ? named : null;
}
