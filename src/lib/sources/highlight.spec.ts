import { describe, expect, it } from 'vitest';
import { paragraphInAddress, parseHighlight } from './highlight.ts';

const at = (address: string) => new URL(address, 'https://example.org/sources/s/');
/** What the page passes for an address: its highlight, read as the page reads it, and fragment. */
const paragraphAt = (address: string, paragraphCount: number) => {
	const url = at(address);
	return paragraphInAddress(
		parseHighlight(url.searchParams, paragraphCount),
		url.hash,
		paragraphCount
	);
};

describe('parseHighlight', () => {
	it('reads the paragraph and the span "Show in source" wrote', () => {
		expect(parseHighlight(at('?p=8&start=184&end=287').searchParams, 20)).toEqual({
			paragraph: 8,
			start: 184,
			end: 287
		});
	});

	it.each([
		['a paragraph past the end', '?p=21&start=0&end=5'],
		['paragraph 0', '?p=0&start=0&end=5'],
		['an empty span', '?p=3&start=5&end=5'],
		['a span that ends before it starts', '?p=3&start=9&end=5'],
		['a part missing', '?p=3&start=5'],
		['a value that is not a whole number', '?p=3&start=-1&end=5'],
		['a number too long to be a position', '?p=3&start=0&end=123456789']
	])('is no highlight for %s', (_, search) => {
		expect(parseHighlight(at(search).searchParams, 20)).toBeNull();
	});
});

describe('paragraphInAddress', () => {
	it('is the highlighted paragraph, whatever the fragment says', () => {
		expect(paragraphAt('?p=8&start=184&end=287#p2', 20)).toBe(8);
	});

	it('is the paragraph the fragment names when nothing is highlighted', () => {
		expect(paragraphAt('#p12', 20)).toBe(12);
		expect(paragraphAt('?p=99&start=0&end=1#p3', 20)).toBe(3);
	});

	it.each([
		['no fragment', ''],
		['a fragment past the end', '#p21'],
		['paragraph 0', '#p0'],
		['another element of the page', '#reader'],
		['a fragment with more after the number', '#p3x']
	])('is none for %s', (_, address) => {
		expect(paragraphAt(address, 20)).toBeNull();
	});
});
