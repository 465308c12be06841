import { webAddress } from '../documents/details.ts';
import { blockTexts, type ParsePage } from '../documents/page-text.ts';

/** A link a slide's HTML held, kept only when it goes to a web page (http or https). */
export interface SlideLink {
	text: string;
	href: string;
}

export interface SlideText {
	/** The text of each block, whitespace collapsed; nothing of the markup. */
	paragraphs: string[];
	links: SlideLink[];
}

/**
 * The text and web links of HTML someone else wrote (a slide's text or a caption). It is only
 * parsed, into a document nothing runs in (the browser's DOMParser, or linkedom in Node), and
 * read as text: no markup of it reaches a page.
 */
export function slideText(html: string, parse: ParsePage): SlideText {
	if (!/[<&]/.test(html)) {
		const text = html.replace(/\s+/g, ' ').trim();
		return { paragraphs: text ? [text] : [], links: [] };
	}
	const page = parse(`<!doctype html><html><body>${html}</body></html>`);
	const links: SlideLink[] = [];
	for (const anchor of page.querySelectorAll('a[href]')) {
		const href = webAddress(anchor.getAttribute('href'));
		const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (href && !links.some((link) => link.href === href)) links.push({ text: text || href, href });
	}
	return { paragraphs: blockTexts(page.body), links };
}
