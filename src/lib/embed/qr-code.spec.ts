import { describe, expect, it } from 'vitest';
import { qrCode } from './qr-code.ts';

describe('qrCode', () => {
	it('draws a square of modules with a quiet zone, larger for a longer link', () => {
		const short = qrCode('kz.example');
		// Version 1, which holds up to 17 bytes, is 21 modules, with 4 white on each side.
		expect(short.size).toBe(29);
		expect(qrCode('https://kz.example/').size).toBe(33);
		expect(short.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
		// The finder pattern's corner, just inside the quiet zone, is dark.
		expect(short.path.startsWith('M4 4h1v1h-1z')).toBe(true);
		expect(qrCode(`https://kz.example/#${'a'.repeat(1900)}`).size).toBeGreaterThan(120);
	});
});
