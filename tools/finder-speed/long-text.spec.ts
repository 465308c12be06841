import { describe, expect, it } from 'vitest';
import { longText, wordCount } from './long-text.ts';

describe('longText', () => {
	it('takes the texts in turn until it has the words asked for, as paragraphs', () => {
		const text = longText(['one two three', 'four five'], 9);
		expect(text).toBe('one two three\n\nfour five\n\none two three\n\nfour five');
		expect(wordCount(text)).toBe(10);
	});

	it('refuses to make a long text of nothing', () => {
		expect(() => longText([], 10)).toThrow('no texts');
		expect(() => longText(['  ', ''], 10)).toThrow('no texts');
	});
});
