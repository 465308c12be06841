import { describe, expect, it } from 'vitest';
import { decodePage, decodeText } from './decode-text.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it('normalises CRLF and lone CR line ends to LF, and drops a byte order mark', () => {
		expect(decodeText(encode('\uFEFFOne.\r\n\r\nTwo.\rThree.'))).toBe('One.\n\nTwo.\nThree.');
	});

	it('refuses a NUL byte and invalid UTF-8 as binary', () => {
		expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
		expect(decodeText(new Uint8Array([0x41, 0xc3, 0x28]))).toBeNull();
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBeNull();
	});
});

describe('decodePage', () => {
	const bytes = (...parts: Array<string | number[]>) =>
		new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...encode(part)] : part)));

	it('reads UTF-8 as decodeText does', () => {
		expect(decodePage(encode('<p>Алматы\r\n</p>'))).toBe('<p>Алматы\n</p>');
	});

	it('reads a page in the encoding its meta tag names', () => {
		// "Алматы" in windows-1251, and "café" in ISO-8859-1 (which browsers read as windows-1252).
		const cyrillic = bytes(
			'<meta charset="windows-1251"><p>',
			[0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb],
			'</p>'
		);
		expect(decodePage(cyrillic)).toBe('<meta charset="windows-1251"><p>Алматы</p>');
		const latin = bytes(
			'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">caf',
			[0xe9]
		);
		expect(decodePage(latin)).toContain('café');
	});

	it.each([
		['no meta tag', bytes('<p>caf', [0xe9], '</p>')],
		['a page that says UTF-8 and is not', bytes('<meta charset="utf-8">caf', [0xe9])],
		['an encoding no browser knows', bytes('<meta charset="klingon">caf', [0xe9])],
		['a NUL byte', bytes('<meta charset="windows-1251">', [0x00, 0xe9])],
		[
			'a tag past the first 1,024 bytes',
			bytes(' '.repeat(1024), '<meta charset="windows-1251">', [0xe9])
		]
	])('refuses %s', (_, content) => {
		expect(decodePage(content)).toBeNull();
	});
});
