import { format, parseISO } from 'date-fns';
import type { SourceMeta } from './schema.ts';

export function formatPublished(source: Pick<SourceMeta, 'published'>): string {
	return format(parseISO(source.published), 'd MMMM yyyy');
}

/** "Clara Weiss, “Title”, Publisher, 27 January 2012" */
export function credit(source: SourceMeta): string {
	return `${source.author}, “${source.title}”, ${source.publisher}, ${formatPublished(source)}`;
}

/** "“Title” (Publisher, 2012)": where the full credit stands with each quote. */
export function shortCredit(source: SourceMeta): string {
	return `“${source.title}” (${source.publisher}, ${parseISO(source.published).getFullYear()})`;
}

/** "Clara Weiss, “Title”, Publisher, 27 January 2012, paragraph 12" */
export function attribution(source: SourceMeta, paragraph: number): string {
	return `${credit(source)}, paragraph ${paragraph}`;
}

/** The text "Copy citation" puts on the clipboard: the quote, then where it stands. */
export function quoteCitation(
	quote: { text: string; paragraph: number },
	source: SourceMeta,
	url?: string
): string {
	const where = attribution(source, quote.paragraph);
	return `“${quote.text.trim()}” (${where}${url ? `, ${url}` : ''}).`;
}

function authorInverted(author: string): string {
	const parts = author.trim().split(/\s+/);
	if (parts.length < 2) return author;
	const last = parts.pop()!;
	return `${last}, ${parts.join(' ')}`;
}

function authorInitials(author: string): string {
	const parts = author.trim().split(/\s+/);
	if (parts.length < 2) return author;
	const last = parts.pop()!;
	return `${last}, ${parts.map((name) => `${name.charAt(0)}.`).join(' ')}`;
}

/** Chicago notes-bibliography style, for a web article. */
export function chicagoCitation(source: SourceMeta, url?: string): string {
	const date = formatPublished(source).replace(/^(\d+) (\w+) (\d+)$/, '$2 $1, $3');
	return `${authorInverted(source.author)}. “${source.title}.” ${source.publisher}, ${date}.${url ? ` ${url}.` : ''}`;
}

/** APA 7th edition, for a web article. */
export function apaCitation(source: SourceMeta, url?: string): string {
	const published = parseISO(source.published);
	const date = format(published, 'yyyy, MMMM d');
	return `${authorInitials(source.author)} (${date}). ${source.title}. ${source.publisher}.${url ? ` ${url}` : ''}`;
}

/** A page of this site. The URL and access date are only known in the browser. */
export interface WebPage {
	title: string;
	site: string;
	url?: string;
	accessed?: Date;
}

/** Chicago notes-bibliography style, for a web page with no author or date of its own. */
export function chicagoPageCitation({ title, site, url, accessed }: WebPage): string {
	const access = accessed ? ` Accessed ${format(accessed, 'MMMM d, yyyy')}.` : '';
	return `“${title}.” ${site}.${access}${url ? ` ${url}.` : ''}`;
}

/** APA 7th edition, for a web page with no author or date: the title takes the author's place. */
export function apaPageCitation({ title, site, url, accessed }: WebPage): string {
	const retrieved = url
		? accessed
			? ` Retrieved ${format(accessed, 'MMMM d, yyyy')}, from ${url}`
			: ` ${url}`
		: '';
	return `${title}. (n.d.). ${site}.${retrieved}`;
}

/** One citation of a work in one style, as the Cite blocks show it. */
export interface Citation {
	/** The style's name, e.g. "Chicago". */
	style: string;
	text: string;
}

export function sourceCitations(source: SourceMeta): Citation[] {
	return [
		{ style: 'Chicago', text: chicagoCitation(source, source.url) },
		{ style: 'APA', text: apaCitation(source, source.url) }
	];
}

export function pageCitations(page: WebPage): Citation[] {
	return [
		{ style: 'Chicago', text: chicagoPageCitation(page) },
		{ style: 'APA', text: apaPageCitation(page) }
	];
}
