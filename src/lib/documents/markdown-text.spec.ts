import { describe, expect, it } from 'vitest';
import { buildCollection } from '../collection/collection.ts';
import { readContentDir } from '../content/read-content-dir.ts';
import { parseInline, splitParagraphs } from '../model/markdown.ts';
import { markdownDetails, markdownParagraphs } from './markdown-text.ts';

describe('markdownParagraphs', () => {
	it('keeps a Markdown paragraph that is empty as plain text, so the numbers after it hold', () => {
		const body = 'First.\n\n**\n\n  *Third* paragraph.';
		expect(markdownParagraphs(body)).toEqual(
			splitParagraphs(body).map((paragraph) => parseInline(paragraph).plain)
		);
		expect(markdownParagraphs(body)).toHaveLength(3);
	});

	const files = readContentDir('events');
	const { sources } = buildCollection(files);
	it.each(Object.entries(files.sources))('reads %s as its source page numbers it', (file, body) => {
		const source = sources.find((candidate) => file.endsWith(`/${candidate.id}.md`));
		expect(markdownParagraphs(body)).toEqual(source?.paragraphs.map((inline) => inline.plain));
	});

	it('reads headings, list items, quotes and footnotes as paragraphs of their words', () => {
		const markdown = [
			'# Zhanaozen, *2011* #',
			'',
			'Setext title',
			'============',
			'',
			'- 1991: independence',
			'* 1995, the constitution',
			'  adopted by referendum',
			'2. Second',
			'',
			'> A quote',
			'> > over two lines',
			'',
			'A mark.[^1]',
			'',
			'[^1]: The note, 2012.'
		].join('\n');
		expect(markdownParagraphs(markdown)).toEqual([
			'Zhanaozen, 2011',
			'Setext title',
			'1991: independence',
			'1995, the constitution adopted by referendum',
			'Second',
			'A quote over two lines',
			'A mark.',
			'The note, 2012.'
		]);
	});

	it('reads links, images, code and emphasis as their text, and keeps what only looks like it', () => {
		const markdown = [
			'See [the report](https://example.com/a_(b) "Report") and ![a map](map.png), [this][ref]',
			'and <https://example.org/x>: `code`, __bold__, _em_, ~~gone~~, **strong**.',
			'',
			'snake_case_name, \\_x\\_, \\[not a link\\](x), 5 < 6.',
			'',
			'1991. The year, not a list item.',
			'',
			'[ref]: https://example.com',
			'',
			'```',
			'fenced 2001',
			'```'
		].join('\n');
		expect(markdownParagraphs(markdown)).toEqual([
			'See the report and a map, this and https://example.org/x: code, bold, em, gone, strong.',
			'snake_case_name, _x_, [not a link](x), 5 < 6.',
			'1991. The year, not a list item.',
			'fenced 2001'
		]);
	});

	it('drops the front matter', () => {
		expect(markdownParagraphs('---\ntitle: T\n---\n\n# Body\n\nText.')).toEqual(['Body', 'Text.']);
	});
});

describe('markdownDetails', () => {
	it('reads the fields a source’s front matter has', () => {
		const markdown = [
			'---',
			'title: "Kazakh  elections"',
			'author: Clara Weiss',
			'publisher: World Socialist Web Site',
			"published: '2012-01-27'",
			'url: https://www.wsws.org/en/articles/2012/01/kaza-j27.html',
			'licence: Quoted for teaching.',
			'---',
			'Body.'
		].join('\n');
		expect(markdownDetails(markdown)).toEqual({
			title: 'Kazakh elections',
			author: 'Clara Weiss',
			publisher: 'World Socialist Web Site',
			published: '2012-01-27',
			url: 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html'
		});
	});

	it('takes a date as the day published, and leaves out what is not a day or a web address', () => {
		expect(markdownDetails('---\ndate: 2012-01-27T09:00:00+06:00\n---\nBody.')).toEqual({
			published: '2012-01-27'
		});
		const odd = '---\ntitle: 12\ndate: 2012\nurl: javascript:alert(1)\nauthor: " "\n---\nBody.';
		expect(markdownDetails(odd)).toEqual({});
	});

	it.each(['Body only.', '---\ntitle: a: b\n---\nBody.', '---\n- a list\n---\nBody.'])(
		'gives nothing for %j',
		(markdown) => {
			expect(markdownDetails(markdown)).toEqual({});
		}
	);
});
