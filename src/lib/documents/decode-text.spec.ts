import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

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
