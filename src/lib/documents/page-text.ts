import { Readability } from '@mozilla/readability';
import type { SourceDetails } from './details.ts';
import { pageAddress, pageDetails, type ArticleMetadata } from './page-details.ts';

/**
 * Parses a saved page into a document that nothing runs in: the browser's DOMParser, or linkedom
 * in Node. Each call gives a fresh document, since Readability takes apart the one it reads.
 */
export type ParsePage = (html: string) => Document;

// Elements whose text is not the article's prose: scripts and styles, whose text must never
// reach the finder, what a page shows only without scripts, the head, media and form controls.
const HIDDEN = tagNames(`
	script style noscript template head title iframe object svg math canvas select textarea
`);
// Elements that end the paragraph before them and start a new one.
const BLOCKS = tagNames(`
	address article aside blockquote body caption dd details div dl dt fieldset figcaption figure
	footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul
`);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface PageText {
	/** One a block of the article, or of the whole page when no article was found. */
	paragraphs: string[];
	details: SourceDetails;
}

/** A saved page's article as paragraphs, each with its whitespace collapsed, and its details. */
export function readPage(html: string, parse: ParsePage): PageText {
	const page = parse(html);
	const url = pageAddress(html, page);
	const pageTitle = page.title;
	const article = readArticle(page);
	let paragraphs = article?.content ? blockTexts(article.content) : [];
	// Readability found nothing, or nothing with text: the whole page's text is better than none.
	if (paragraphs.length === 0) paragraphs = blockTexts(parse(html).documentElement);
	return { paragraphs, details: pageDetails(article, pageTitle, url) };
}

// Readability's time grows faster than the page: 160,000 elements take it ten seconds, and
// elements nested 800 deep three. Real articles stay far below both; past them the page's own
// block text is read instead, which takes a moment at any size.
const MAX_ELEMENTS = 50_000;
const MAX_DEPTH = 256;

function readArticle(page: Document): (ArticleMetadata & { content?: Node | null }) | null {
	if (nestedDeeperThan(page.documentElement, MAX_DEPTH)) return null;
	try {
		const options = { serializer: (node: Node) => node, maxElemsToParse: MAX_ELEMENTS };
		return new Readability(page, options).parse();
	} catch {
		// Readability gives up on too many elements and expects a well-formed page; the fallback
		// reads anything.
		return null;
	}
}

function nestedDeeperThan(root: Element, limit: number): boolean {
	const pending: Array<[Element, number]> = [[root, 1]];
	while (pending.length > 0) {
		const [element, depth] = pending.pop()!;
		if (depth > limit) return true;
		for (const child of element.children) pending.push([child, depth + 1]);
	}
	return false;
}

/** The whitespace-collapsed text of each block under root, in document order. */
export function blockTexts(root: Node): string[] {
	const paragraphs: string[] = [];
	let current = '';
	const endParagraph = () => {
		const text = current.replace(/\s+/g, ' ').trim();
		if (text !== '') paragraphs.push(text);
		current = '';
	};
	// A loop over a stack rather than recursion: a page may nest elements thousands deep.
	const pending: Array<Node | 'end of block'> = [root];
	while (pending.length > 0) {
		const node = pending.pop()!;
		if (node === 'end of block') {
			endParagraph();
		} else if (node.nodeType === TEXT_NODE) {
			current += node.textContent ?? '';
		} else if (node.nodeType === ELEMENT_NODE) {
			const name = (node as Element).localName.toLowerCase();
			if (HIDDEN.has(name)) continue;
			if (name === 'br') current += ' ';
			if (BLOCKS.has(name)) {
				endParagraph();
				pending.push('end of block');
			}
			const children = node.childNodes;
			for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
		}
	}
	endParagraph();
	return paragraphs;
}

function tagNames(list: string): Set<string> {
	return new Set(list.trim().split(/\s+/));
}
