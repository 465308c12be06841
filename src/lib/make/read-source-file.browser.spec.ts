import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import corruptUrl from '../../../fixtures/docx/corrupt.docx?url';
import emptyUrl from '../../../fixtures/docx/empty.docx?url';
import notWordUrl from '../../../fixtures/docx/not-word.docx?url';
import tablesUrl from '../../../fixtures/docx/tables.docx?url';
import wikipediaMozilla from '../../../fixtures/saved-pages/wikipedia-mozilla.html?raw';
import { findEvents } from '../finder/find-events.ts';
import { MAX_DOCX_UNPACKED_BYTES } from './docx-text.ts';
import { readSourceFile, type SourceFileResult } from './read-source-file.ts';

// Saved pages through the browser's own DOMParser and Word documents through mammoth, as the
// page will read them, in Chromium. Plain text, Markdown and the refusals are in the node spec.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const page = (html: string, name = 'page.html') => new File([html], name, { type: 'text/html' });

async function fixture(url: string, name: string, type = DOCX): Promise<File> {
	const response = await fetch(url);
	return new File([await response.arrayBuffer()], name, { type });
}

function textOf(result: SourceFileResult): string {
	if (!result.ok) throw new Error(result.message);
	return result.text;
}

/** Paragraphs a blank line apart, each on one line with its whitespace collapsed. */
function expectLaidOut(text: string) {
	expect(text).not.toMatch(/\n{3}|[^\S\n]\n|\n[^\S\n]|[^\S\n]{2}|^\s|\s$/);
}

describe('a saved page', () => {
	it('reads a real saved Wikipedia page: its article, its title and its address', async () => {
		const result = await readSourceFile(page(wikipediaMozilla, 'Mozilla - Wikipedia.html'));
		expect(result).toMatchObject({
			ok: true,
			kind: 'html',
			details: { title: 'Mozilla - Wikipedia', url: 'https://en.wikipedia.org/wiki/Mozilla' }
		});
		const text = textOf(result);
		const paragraphs = text.split('\n\n');
		expect(paragraphs).toContainEqual(
			expect.stringMatching(
				/^Mozilla is a free-software community, created in 1998 by members of Netscape\. The /
			)
		);
		expect(paragraphs).toContain('February 28, 1998; 18 years ago');
		expectLaidOut(text);
		expect(text).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
		// Nothing of the page around the article: its menus and its scripts.
		for (const outside of ['Navigation menu', 'Personal tools', 'mw.config', 'RLQ']) {
			expect(text).not.toContain(outside);
		}

		// The finder reads it as the command line does (tools/propose/propose.cli.spec.ts).
		const { candidates } = findEvents(text);
		expect(candidates.length).toBeGreaterThan(50);
		expect(candidates).toContainEqual(
			expect.objectContaining({
				date: '1998',
				quote: 'Mozilla is a free-software community, created in 1998 by members of Netscape.'
			})
		);
	});

	describe('a hostile page', () => {
		const ran = () => (window as { __ran?: boolean }).__ran;
		afterEach(() => {
			delete (window as { __ran?: boolean }).__ran;
		});

		it('runs nothing, loads nothing, and leaves no markup in the text', async () => {
			const hostile = `<!doctype html>
<html><head>
	<title>Budget vote</title>
	<meta property="og:url" content="javascript:window.__ran = true">
	<meta http-equiv="refresh" content="0; url=javascript:window.__ran = true">
	<script>window.__ran = true</script>
	<style>p { color: red }</style>
</head>
<body onload="window.__ran = true">
	<article>
		<h1>Budget vote</h1>
		<p>The council voted on 12 March 2019 to close the library.</p>
		<img src="x" onerror="window.__ran = true">
		<img src="data:image/png;base64,AAAA" onerror="window.__ran = true">
		<svg onload="window.__ran = true"><script>window.__ran = true</script></svg>
		<iframe srcdoc="<script>parent.__ran = true</script>"></iframe>
		<p>Turnout was <b>low</b>.<script>document.write('<p>injected</p>')</script></p>
		<noscript><img src="x" onerror="window.__ran = true">Turn on JavaScript</noscript>
		<p><a href="javascript:window.__ran = true" onclick="window.__ran = true">Read more</a></p>
	</article>
</body></html>`;
			const result = await readSourceFile(page(hostile, 'budget.html'));
			// Long enough for an image's error or a frame's script, had either been let loose.
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(ran()).toBeUndefined();
			expect(document.querySelector('img[onerror], iframe[srcdoc]')).toBeNull();
			expect(result).toEqual({
				ok: true,
				kind: 'html',
				// Readability drops the heading that repeats the title.
				text: 'The council voted on 12 March 2019 to close the library.\n\nTurnout was low.\n\nRead more',
				details: { title: 'Budget vote' }
			});
		});
	});

	it('gives the details a news page carries in its head', async () => {
		const filler = '<p>The strike went on for months, and the workers asked for the same pay. </p>';
		const news = `<!doctype html><html lang="en"><head>
	<title>Kazakh elections take place amid rising social tensions - World Socialist Web Site</title>
	<meta property="og:title" content="Kazakh elections take place amid rising social tensions">
	<meta property="og:site_name" content="World Socialist Web Site">
	<meta name="author" content="By Clara Weiss">
	<meta property="article:published_time" content="2012-01-27T05:00:00-05:00">
	<link rel="canonical" href="https://www.wsws.org/en/articles/2012/01/kaza-j27.html">
</head><body><nav>Home</nav><article><h1>Kazakh elections</h1>${filler.repeat(8)}</article></body></html>`;
		expect(await readSourceFile(page(news))).toMatchObject({
			ok: true,
			details: {
				title: 'Kazakh elections take place amid rising social tensions',
				author: 'Clara Weiss',
				publisher: 'World Socialist Web Site',
				published: '2012-01-27',
				url: 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html'
			}
		});
	});

	it('takes the address a browser noted when it saved the page, when the page has none', async () => {
		const saved = `<!DOCTYPE html>
<!-- saved from url=(0043)https://example.com/news/2019/budget.html -->
<html><head><title>Budget</title></head><body><p>The council met in 2019.</p></body></html>`;
		expect(await readSourceFile(page(saved, 'budget.htm'))).toEqual({
			ok: true,
			kind: 'html',
			text: 'The council met in 2019.',
			details: { title: 'Budget', url: 'https://example.com/news/2019/budget.html' }
		});
	});

	it('reads the whole page by blocks when Readability finds no article', async () => {
		const list = '<ul><li>1991: independence</li><li>1995:  a <i>new</i>\n constitution</li></ul>';
		expect(await readSourceFile(page(list, 'list.html'))).toEqual({
			ok: true,
			kind: 'html',
			text: '1991: independence\n\n1995: a new constitution',
			details: {}
		});
	});

	it('reads a page saved in the legacy encoding its meta tag names', async () => {
		// "Алматы" in windows-1251.
		const almaty = [0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb];
		const head =
			'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
		const bytes = new Uint8Array([
			...new TextEncoder().encode(`${head}</head><body><p>`),
			...almaty,
			...new TextEncoder().encode(', 10 December 1997.</p></body></html>')
		]);
		expect(await readSourceFile(new File([bytes], 'almaty.html'))).toEqual({
			ok: true,
			kind: 'html',
			text: 'Алматы, 10 December 1997.',
			details: {}
		});
	});

	it('refuses a page with no text', async () => {
		const blank = '<html><body><script>var a = 1</script><img src="x"> </body></html>';
		expect(await readSourceFile(page(blank, 'blank.html'))).toEqual({
			ok: false,
			reason: 'empty',
			message: '“blank.html” has no text to read.'
		});
	});
});

describe('a Word document', () => {
	it('reads a real .docx: its paragraphs and its table, cell by cell', async () => {
		expect(await readSourceFile(await fixture(tablesUrl, 'tables.docx'))).toEqual({
			ok: true,
			kind: 'docx',
			text: 'Above\n\nTop left\n\nTop right\n\nBottom left\n\nBottom right\n\nBelow',
			details: {}
		});
	});

	it('knows a .docx by its type when its name has no extension', async () => {
		const result = await readSourceFile(await fixture(tablesUrl, 'tables'));
		expect(result).toMatchObject({ ok: true, kind: 'docx' });
	});

	it.each([
		[corruptUrl, 'corrupt.docx'],
		[notWordUrl, 'not-word.docx']
	])('refuses what mammoth cannot read: %s', async (url, name) => {
		expect(await readSourceFile(await fixture(url, name))).toEqual({
			ok: false,
			reason: 'unreadable-docx',
			message: `“${name}” could not be read as a Word document. It may be damaged, or an older .doc file renamed; open it in Word, save it as .docx and open it again.`
		});
	});

	it('refuses a Word document that unpacks to far more than its text, before mammoth reads it', async () => {
		const parts = unzipSync(new Uint8Array(await (await fixture(tablesUrl, 'x')).arrayBuffer()));
		parts['word/media/padding.bin'] = new Uint8Array(MAX_DOCX_UNPACKED_BYTES + 1);
		const bomb = zipSync(parts, { level: 9 });
		expect(bomb.length).toBeLessThan(1024 * 1024);
		expect(
			await readSourceFile(new File([new Uint8Array(bomb)], 'bomb.docx', { type: DOCX }))
		).toEqual({
			ok: false,
			reason: 'docx-unpacks-too-large',
			message:
				'“bomb.docx” unpacks to far more than a Word document of text would: it may be built to hang the page that opens it, and was not read. Copy the text you need into a new document, or paste it.'
		});
	});

	it('refuses a Word document with no text', async () => {
		expect(await readSourceFile(await fixture(emptyUrl, 'empty.docx'))).toMatchObject({
			ok: false,
			reason: 'empty',
			message: '“empty.docx” has no text to read.'
		});
	});
});
