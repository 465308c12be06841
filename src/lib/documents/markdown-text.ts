import { splitFrontMatter } from '../collection/frontmatter.ts';
import { parseInline, splitParagraphs } from '../model/markdown.ts';

/**
 * A Markdown file's paragraphs as plain text, front matter dropped, numbered as the source pages
 * number them: one whose plain text is empty ("* * *") still counts, so that the numbers after
 * it stay the site's.
 */
export function markdownParagraphs(content: string): string[] {
	const body = splitFrontMatter(content)?.body ?? content;
	return splitParagraphs(body).map((paragraph) => parseInline(paragraph).plain);
}
