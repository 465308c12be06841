import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageAddress, pageDetails } from './page-details.ts';

// linkedom stands in for DOMParser here, as in tools/propose; the browser spec in make/ reads
// the same pages through DOMParser.

const head = (tags: string) => `<!doctype html><html><head>${tags}</head><body></body></html>`;
const addressOf = (html: string) => pageAddress(html, parseHTML(html).document);

describe('pageAddress', () => {
	it('takes og:url, else the canonical link, else where the browser saved the page from', () => {
		const openGraph = '<meta property="og:url" content="https://example.com/og">';
		const canonical = '<link rel="canonical" href="https://example.com/canonical">';
		const saved = '<!-- saved from url=(0029)https://example.com/saved -->\n';
		expect(addressOf(saved + head(canonical + openGraph))).toBe('https://example.com/og');
		expect(addressOf(saved + head(canonical))).toBe('https://example.com/canonical');
		expect(addressOf(saved + head(''))).toBe('https://example.com/saved');
		expect(addressOf(head(''))).toBeUndefined();
	});

	it('passes over an address that is not http or https', () => {
		const script = '<meta property="og:url" content="javascript:alert(1)">';
		expect(addressOf(head(script))).toBeUndefined();
		expect(addressOf(head(`${script}<link rel="canonical" href="/wiki/Mozilla">`))).toBeUndefined();
		expect(addressOf(head(`${script}<link rel="canonical" href="http://example.com/a">`))).toBe(
			'http://example.com/a'
		);
	});
});

describe('pageDetails', () => {
	it('names Readability’s byline the author and its site name the publisher', () => {
		const article = {
			title: ' Kazakh  elections ',
			byline: 'By Clara Weiss',
			siteName: 'World Socialist Web Site',
			publishedTime: '2012-01-27T05:00:00-05:00'
		};
		expect(pageDetails(article, 'Page title', 'https://example.com/a')).toEqual({
			title: 'Kazakh elections',
			author: 'Clara Weiss',
			publisher: 'World Socialist Web Site',
			published: '2012-01-27',
			url: 'https://example.com/a'
		});
	});

	it('falls back to the page’s title, and leaves out what is missing or not a day', () => {
		expect(pageDetails(null, 'Budget vote', undefined)).toEqual({ title: 'Budget vote' });
		expect(pageDetails({ title: null, publishedTime: 'last week' }, ' ', undefined)).toEqual({});
	});
});
