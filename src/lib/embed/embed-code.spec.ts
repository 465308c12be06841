import { describe, expect, it } from 'vitest';
import {
	builtLessonEmbedPath,
	embedHeight,
	embedPath,
	embedTitle,
	iframeCode,
	resizeHelperCode,
	resizeHelperPath
} from './embed-code.ts';

describe('iframeCode', () => {
	it('writes a titled, borderless, lazy iframe whose src survives HTML parsing', () => {
		const src = 'https://example.org/kz/embed/?themes=labour,repression&q="oil"&view=timeline';
		const code = iframeCode(src, 640.4, embedTitle('Kazakhstan 1990–2012'));
		expect(code).toBe(
			'<iframe src="https://example.org/kz/embed/?themes=labour,repression&amp;q=&quot;oil&quot;&amp;view=timeline" title="Kazakhstan 1990–2012: a timeline explorer" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>'
		);
	});

	it('names a lesson in the title, as text', () => {
		const title = embedTitle('Kazakhstan 1990–2012', 'Oil & "unrest" <b>');
		const code = iframeCode('https://example.org/embed/?lesson=x', 640, title);
		expect(code).toContain(
			'title="Oil &amp; &quot;unrest&quot; &lt;b&gt; — Kazakhstan 1990–2012: a timeline explorer"'
		);
	});
});

describe('builtLessonEmbedPath', () => {
	it('keeps the lesson in the fragment and the view in the query, under the root', () => {
		expect(builtLessonEmbedPath('https://example.org/', '1.abc_-')).toBe(
			'https://example.org/embed/lesson/#1.abc_-'
		);
		expect(builtLessonEmbedPath('/kz-timeline/', '1.abc', 'view=timeline')).toBe(
			'/kz-timeline/embed/lesson/?view=timeline#1.abc'
		);
	});
});

describe('embedPath', () => {
	it('puts the query after the embed folder, under the root it is given', () => {
		expect(embedPath('/', 'lesson=a-b')).toBe('/embed/?lesson=a-b');
		expect(embedPath('/kz-timeline/', new URLSearchParams({ q: 'a&b', view: 'timeline' }))).toBe(
			'/kz-timeline/embed/?q=a%26b&view=timeline'
		);
		expect(embedPath('../', '')).toBe('../embed/');
	});
});

describe('the resize helper’s tag', () => {
	it('loads the site’s script, deferred, with its address escaped', () => {
		expect(resizeHelperCode(`https://example.org${resizeHelperPath('/kz/')}?a=1&b="2"`)).toBe(
			'<script src="https://example.org/kz/embed-resize.js?a=1&amp;b=&quot;2&quot;" defer></script>'
		);
	});
});

describe('embedHeight', () => {
	it('keeps heights within limits and falls back on nonsense', () => {
		expect(embedHeight('800')).toBe(800);
		expect(embedHeight(10)).toBe(320);
		expect(embedHeight(99999)).toBe(2000);
		expect(embedHeight('tall')).toBe(640);
		expect(embedHeight(NaN, 500)).toBe(500);
	});
});
