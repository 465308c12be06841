import { webAddress } from '../documents/details.ts';
import { blockTexts, type ParsePage } from '../documents/page-text.ts';

/** A link a slide's HTML held, kept only when it goes to a web page (http or https). */
export interface SlideLink {
	text: string;
	href: string;
}

/** A `<blockquote>` in a slide's text: what it quotes, and its `<cite>` apart. */
export interface SlideQuotation {
	text: string;
	cite: string;
}

export interface SlideText {
	/** The text of each block, whitespace collapsed; nothing of the markup. */
	paragraphs: string[];
	links: SlideLink[];
	/** Each blockquote's text: this site's own export gives each quote so, with its citation. */
	quotations: SlideQuotation[];
}

/**
 * The text and web links of HTML someone else wrote (a slide's text or a caption). It is only
 * parsed, into a document nothing runs in (the browser's DOMParser, or linkedom in Node), and
 * read as text: no markup of it reaches a page.
 */
export function slideText(html: string, parse: ParsePage): SlideText {
	if (!/[<&]/.test(html)) {
		const text = html.replace(/\s+/g, ' ').trim();
		return { paragraphs: text ? [text] : [], links: [], quotations: [] };
	}
	const page = parse(`<!doctype html><html><body>${html}</body></html>`);
	const links: SlideLink[] = [];
	for (const anchor of page.querySelectorAll('a[href]')) {
		const href = webAddress(anchor.getAttribute('href'));
		const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (href && !links.some((link) => link.href === href)) links.push({ text: text || href, href });
	}
	const paragraphs = blockTexts(page.body);
	const quotations: SlideQuotation[] = [];
	for (const quote of page.querySelectorAll('blockquote')) {
		const quoted = quote.cloneNode(true) as Element;
		const cite = quoted.querySelector('cite');
		cite?.remove();
		const text = blockTexts(quoted).join(' ');
		const citeText = (cite?.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text) quotations.push({ text, cite: citeText });
	}
	return { paragraphs, links, quotations };
}
