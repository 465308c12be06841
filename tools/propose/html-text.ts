import { parseHTML } from 'linkedom';
import { readPage } from '../../src/lib/documents/page-text.ts';

/**
 * The text of a saved page's article, one paragraph a block, separated by blank lines. The page
 * is only parsed: linkedom runs no script and loads nothing.
 */
export function htmlText(html: string): string {
	return readPage(html, parsePage).paragraphs.join('\n\n');
}

/** A page parsed into a document nothing runs in, as DOMParser parses one in the browser. */
export function parsePage(html: string): Document {
	// linkedom needs an <html> element to build a document around; a fragment gets one.
	const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
	return parseHTML(page).document;
}
