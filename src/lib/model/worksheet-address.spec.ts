import { describe, expect, it } from 'vitest';
import { addressAsWorksheet, isWorksheetAddress } from './worksheet-address.ts';

describe('the worksheet in the address', () => {
	it('opens a preset as a worksheet and back, from its first step', () => {
		const worksheet = addressAsWorksheet('https://example.org/lessons/strike/?step=2', true);
		expect(worksheet).toBe('https://example.org/lessons/strike/?as=worksheet');
		expect(isWorksheetAddress(new URL(worksheet))).toBe(true);
		const back = addressAsWorksheet(`${worksheet}&step=3`, false);
		expect(back).toBe('https://example.org/lessons/strike/');
		expect(isWorksheetAddress(new URL(back))).toBe(false);
	});

	it("keeps a built lesson's link, in its hash", () => {
		expect(addressAsWorksheet('https://example.org/lessons/shared/#1.abc', true)).toBe(
			'https://example.org/lessons/shared/?as=worksheet#1.abc'
		);
	});

	it('reads only ?as=worksheet as the worksheet', () => {
		expect(isWorksheetAddress(new URL('https://example.org/?as=print'))).toBe(false);
		expect(isWorksheetAddress(new URL('https://example.org/?worksheet'))).toBe(false);
	});
});
