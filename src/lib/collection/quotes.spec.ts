import { describe, expect, it } from 'vitest';
import { parseInline } from '../model/markdown.ts';
import { foldText, locateQuote } from './quotes.ts';

describe('foldText', () => {
	it('folds white space runs and typographic quotes', () => {
		expect(foldText('  a \n\t b “c” ‘d’  ').text).toBe('a b "c" \'d\'');
	});
});

describe('locateQuote', () => {
	const paragraphs = [
		'First paragraph.',
		'President Nursultan Nazarbayev’s description of the elections as “an important step” is ludicrous.'
	];

	it('finds the paragraph and the exact offsets of a quote', () => {
		const location = locateQuote('description of the elections', paragraphs);
		expect(location).toEqual({ paragraph: 2, start: 33, end: 61 });
		expect(paragraphs[1]!.slice(location!.start, location!.end)).toBe(
			'description of the elections'
		);
	});

	it('matches straight quotes and extra white space against curly quotes', () => {
		const location = locateQuote(
			'Nazarbayev\'s  description of the elections as "an important',
			paragraphs
		);
		expect(location?.paragraph).toBe(2);
		expect(paragraphs[1]!.slice(location!.start, location!.end)).toBe(
			'Nazarbayev’s description of the elections as “an important'
		);
	});

	it('does not match changed words, spellings or empty quotes', () => {
		expect(locateQuote('description of the election as', paragraphs)).toBeNull();
		expect(locateQuote('first paragraph.', paragraphs)).toBeNull();
		expect(locateQuote('   ', paragraphs)).toBeNull();
	});

	it('matches against the plain text of Markdown, without emphasis marks or escapes', () => {
		const inline = parseInline(
			'the German daily *Frankfurter Allgemeine Zeitung* and US\\$7 billion'
		);
		expect(inline.plain).toBe('the German daily Frankfurter Allgemeine Zeitung and US$7 billion');
		expect(inline.emphasis).toEqual([[17, 47]]);
		expect(locateQuote('Allgemeine Zeitung and US$7', [inline.plain])?.paragraph).toBe(1);
	});
});
