import { afterEach, describe, expect, it } from 'vitest';
import { htmlText } from './html-text.ts';

const filler =
	'The strike in Zhanaozen went on for months, and the workers asked for the same pay as ' +
	'the foreign staff of the oil company, for safer work and for the right to a union. ';

/** A saved news page: navigation and a footer around an article long enough to be found. */
function page(article: string, head = ''): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Elections</title>${head}</head>
<body>
	<nav><a href="/">Home</a> <a href="/world">World</a></nav>
	<article>
		<h1>Kazakh elections</h1>
		<p>${filler.repeat(3)}</p>
		${article}
		<p>${filler.repeat(2)}</p>
	</article>
	<footer>Copyright 2012</footer>
</body>
</html>`;
}

describe('htmlText', () => {
	afterEach(() => {
		delete (globalThis as { __ran?: boolean }).__ran;
	});

	it('keeps the article’s text only: no script, style or noscript text, and nothing run', () => {
		const html = page(
			`<p>On January 15, 2012, Kazakhstan voted.</p>
			<script>globalThis.__ran = true; alert(1)</script>
			<noscript>Turn on JavaScript</noscript>
			<p onclick="globalThis.__ran = true">Turnout was <b>76</b> percent.</p>
			<img src="x" onerror="globalThis.__ran = true">`,
			'<style>p { color: red }</style><script>globalThis.__ran = true</script>'
		);
		const text = htmlText(html);
		expect(text).toContain('On January 15, 2012, Kazakhstan voted.\n\nTurnout was 76 percent.');
		for (const hidden of ['alert', '__ran', 'color', 'JavaScript', 'Home', 'Copyright']) {
			expect(text).not.toContain(hidden);
		}
		expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
	});

	it('makes one paragraph of each block, whitespace collapsed, entities read', () => {
		const text = htmlText(
			page(`<p>In   the
				spring&nbsp;of 2011 &amp; <em>after</em>,<br>the protests.</p>
				<ul><li>First item</li><li><p>Second item</p></li></ul>
				<blockquote><p>A quoted paragraph.</p></blockquote>
				<h2>A heading</h2>`)
		);
		const paragraphs = text.split('\n\n');
		for (const paragraph of [
			'In the spring of 2011 & after, the protests.',
			'First item',
			'Second item',
			'A quoted paragraph.',
			'A heading'
		]) {
			expect(paragraphs).toContain(paragraph);
		}
		expect(text).not.toMatch(/\n{3}|[ \t]\n|\n[ \t]/);
	});

	it('falls back to the whole page’s block text when there is no article to find', () => {
		expect(
			htmlText('<html><head><title>T</title><style>b{}</style></head><p>One.</p>Two</html>')
		).toBe('One.\n\nTwo');
	});

	it('reads a fragment, or text with no tags at all', () => {
		expect(htmlText('<p>One.</p><p>Two.</p><script>alert(1)</script>')).toBe('One.\n\nTwo.');
		expect(htmlText('just text')).toBe('just text');
		expect(htmlText('')).toBe('');
	});

	// Parsing 20,000 elements twice takes a moment; the point is that nothing overflows or stalls.
	it('survives elements nested thousands deep', { timeout: 20_000 }, () => {
		const depth = 20_000;
		const html = `${'<div>'.repeat(depth)}Deep.${'</div>'.repeat(depth)}`;
		expect(htmlText(html)).toBe('Deep.');
	});
});
