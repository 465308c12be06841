import { describe, expect, it } from 'vitest';
import { parseInline, splitParagraphs } from '../model/markdown.ts';
import { markdownParagraphs } from './markdown-text.ts';

describe('markdownParagraphs', () => {
	it('keeps a Markdown paragraph that is empty as plain text, so the numbers after it hold', () => {
		const body = 'First.\n\n**\n\n  *Third* paragraph.';
		expect(markdownParagraphs(body)).toEqual(
			splitParagraphs(body).map((paragraph) => parseInline(paragraph).plain)
		);
		expect(markdownParagraphs(body)).toHaveLength(3);
	});
});
