import { describe, expect, it } from 'vitest';
import { embedHeight, iframeCode } from './embed-code.ts';

describe('iframeCode', () => {
	it('writes a titled, borderless iframe whose src survives HTML parsing', () => {
		const src = 'https://example.org/kz/embed?themes=labour,repression&q="oil"&view=timeline';
		const code = iframeCode(src, 640);
		expect(code).toBe(
			'<iframe src="https://example.org/kz/embed?themes=labour,repression&amp;q=&quot;oil&quot;&amp;view=timeline" title="Kazakhstan 1990–2012: a timeline explorer" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>'
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
