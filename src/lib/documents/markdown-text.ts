import { readFrontMatter, splitFrontMatter } from '../collection/frontmatter.ts';
import { parseInline, splitParagraphs } from '../model/markdown.ts';
import { detailText, publishedDay, webAddress, type SourceDetails } from './details.ts';

/**
 * A Markdown file's paragraphs as plain text, front matter dropped: headings, list items, quotes,
 * links, images, code and emphasis read as the words they mark. The sources' own Markdown, which
 * has emphasis and escapes only, is numbered as the source pages number it: a paragraph whose
 * plain text is empty ("* * *") still counts, so that the numbers after it stay the site's.
 */
export function markdownParagraphs(content: string): string[] {
	const body = splitFrontMatter(content)?.body ?? content;
	const lines = body.split('\n');
	const blocks = lines.map((line, index) => lineText(line, lines[index - 1] ?? '')).join('\n');
	return splitParagraphs(blocks).map((paragraph) => parseInline(inlineText(paragraph)).plain);
}

/** The title, author, publisher, day published and address a file's front matter gives. */
export function markdownDetails(content: string): SourceDetails {
	if (!splitFrontMatter(content)) return {};
	let data: unknown;
	try {
		data = readFrontMatter(content).data;
	} catch {
		return {};
	}
	if (typeof data !== 'object' || data === null) return {};
	const fields = data as Record<string, unknown>;
	const details: SourceDetails = {
		title: detailText(fields.title),
		author: detailText(fields.author),
		publisher: detailText(fields.publisher),
		published: publishedDay(fields.published ?? fields.date),
		url: webAddress(fields.url)
	};
	return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
// The line under a heading's text: "Title" over "=====" or "-----".
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// Ordered items are numbered with three digits at most: "1991. Independence" is a year.
const LIST_ITEM = /^[ \t]*(?:[-+*]|\d{1,3}[.)])[ \t]+/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+.*$/;
const QUOTE_MARKS = /^ {0,3}(?:>[ \t]?)+/;
const FOOTNOTE = /^ {0,3}\[\^[^\]]+\]:[ \t]*/;

/**
 * One line with its block markup taken off. A heading, a list item and a footnote stand as
 * paragraphs of their own, as they do on a page; a thematic break is left to count as an empty
 * paragraph.
 */
function lineText(line: string, lineBefore: string): string {
	if (UNDERLINE.test(line) && lineBefore.trim() !== '' && !UNDERLINE.test(lineBefore)) return '\n';
	if (THEMATIC_BREAK.test(line)) return line;
	const heading = HEADING.exec(line);
	if (heading) return `\n${heading[1] ?? ''}\n`;
	if (FENCE.test(line) || LINK_DEFINITION.test(line)) return '';
	const unquoted = line.replace(QUOTE_MARKS, '');
	for (const mark of [LIST_ITEM, FOOTNOTE]) {
		if (mark.test(unquoted)) return `\n${unquoted.replace(mark, '')}`;
	}
	return unquoted;
}

/** A paragraph with its links, images, code and underscores read as their text. */
function inlineText(paragraph: string): string {
	return (
		paragraph
			// ![alt](src "title") and [text](href "title"), or [text][reference]: the words.
			.replace(/!?(?<!\\)\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
			.replace(/!?(?<!\\)\[([^\]]+)\]\[[^\]]*\]/g, '$1')
			// A footnote's mark, [^1]; its note is a paragraph of its own.
			.replace(/(?<!\\)\[\^[^\]\s]+\]/g, '')
			.replace(/<((?:https?:\/\/|mailto:)[^\s<>]+)>/g, '$1')
			.replace(/(`+)(.+?)\1/g, (_, __, code: string) => code.trim())
			.replace(/(?<![\w\\])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)/g, '$2')
			.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
	);
}
