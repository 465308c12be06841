import { format, parseISO } from 'date-fns';
import type { SourceMeta } from './schema.ts';

export function formatPublished(source: Pick<SourceMeta, 'published'>): string {
	return format(parseISO(source.published), 'd MMMM yyyy');
}

/** "Clara Weiss, “Title”, Publisher, 27 January 2012, paragraph 12" */
export function attribution(source: SourceMeta, paragraph: number): string {
	return `${source.author}, “${source.title}”, ${source.publisher}, ${formatPublished(source)}, paragraph ${paragraph}`;
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
