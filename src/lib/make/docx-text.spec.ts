import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackedWithin } from './docx-text.ts';

const MB = 1024 * 1024;

/** A zip of one entry of `size` zeros, which deflate squeezes to about a thousandth. */
function zeros(size: number): Uint8Array {
	return zipSync({ 'word/document.xml': new Uint8Array(size) }, { level: 9 });
}

/** Where a zip's central directory starts, from its end record (the last 22 bytes). */
const directoryAt = (zip: Uint8Array) =>
	new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);

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

/**
 * A zip whose local headers show one small stored entry, "pad", holding a deflated entry that
 * only its central directory lists: a reader of the directory (JSZip, in mammoth) unpacks what
 * a reader of the local headers never sees.
 */
function hidden(inner: Uint8Array): Uint8Array {
	const local = inner.slice(0, directoryAt(inner));
	const directory = inner.slice(directoryAt(inner), inner.length - 22);
	const end = inner.slice(inner.length - 22);
	const header = new Uint8Array(33);
	const view = new DataView(header.buffer);
	view.setUint32(0, 0x04034b50, true);
	view.setUint16(4, 20, true);
	view.setUint32(18, local.length, true);
	view.setUint32(22, local.length, true);
	view.setUint16(26, 3, true);
	header.set(new TextEncoder().encode('pad'), 30);
	new DataView(directory.buffer).setUint32(42, header.length, true);
	new DataView(end.buffer).setUint32(16, header.length + local.length, true);
	const zip = new Uint8Array(header.length + local.length + directory.length + end.length);
	zip.set(header, 0);
	zip.set(local, header.length);
	zip.set(directory, header.length + local.length);
	zip.set(end, header.length + local.length + directory.length);
	return zip;
}

describe('unpackedWithin', () => {
	it('tells a zip that unpacks past the limit, and gives one within it back as counted', async () => {
		const zip = zeros(3 * MB);
		expect(zip.length).toBeLessThan(40_000);
		expect(await unpackedWithin(zip, 2 * MB)).toBe('too-large');
		const counted = await unpackedWithin(zip, 4 * MB);
		expect(counted).toBeInstanceOf(Uint8Array);
		expect(unzipSync(counted as Uint8Array)['word/document.xml']).toHaveLength(3 * MB);
	});

	it('counts what it inflates, not what the headers declare', async () => {
		expect(await unpackedWithin(understated(zeros(3 * MB), 100), 2 * MB)).toBe('too-large');
	});

	it('hands on only what it counted, never an entry that only the central directory lists', async () => {
		const crafted = hidden(zeros(3 * MB));
		// A reader of the directory finds the 3 MB entry the local headers hide.
		expect(Object.keys(unzipSync(crafted))).toEqual(['word/document.xml']);
		const counted = await unpackedWithin(crafted, 2 * MB);
		expect(counted).toBeInstanceOf(Uint8Array);
		expect(Object.keys(unzipSync(counted as Uint8Array))).toEqual(['pad']);
	});

	it('gives nothing for what is not a zip, or one cut short', async () => {
		expect(await unpackedWithin(new TextEncoder().encode('not a zip at all'), MB)).toBeNull();
		expect(await unpackedWithin(zeros(3 * MB).slice(0, 500), 2 * MB)).toBeNull();
	});
});
