import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpacksPast } from './docx-text.ts';

const MB = 1024 * 1024;

/** A zip of one entry of `size` zeros, which deflate squeezes to about a thousandth. */
function zeros(size: number): Uint8Array {
	return zipSync({ 'word/document.xml': new Uint8Array(size) }, { level: 9 });
}

/** The same zip with the unpacked size its headers declare rewritten as `declared`. */
function understated(zip: Uint8Array, declared: number): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	for (let at = 0; at + 4 <= copy.length; at++) {
		const signature = view.getUint32(at, true);
		// A local file header keeps the size at +22, a central directory entry at +24.
		if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
		if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
	}
	return copy;
}

describe('unpacksPast', () => {
	it('tells a zip that unpacks past the limit from one that does not', async () => {
		const zip = zeros(3 * MB);
		expect(zip.length).toBeLessThan(40_000);
		expect(await unpacksPast(zip, 2 * MB)).toBe(true);
		expect(await unpacksPast(zip, 4 * MB)).toBe(false);
	});

	it('counts what it inflates, not what the headers declare', async () => {
		const lying = understated(zeros(3 * MB), 100);
		expect(await unpacksPast(lying, 2 * MB)).toBe(true);
	});

	it('leaves a damaged or empty zip to the reader that says so', async () => {
		expect(await unpacksPast(new TextEncoder().encode('not a zip at all'), MB)).toBe(false);
		expect(await unpacksPast(zeros(3 * MB).slice(0, 500), 2 * MB)).toBe(false);
	});
});
