/**
 * How much a Word document may unpack to. A 2 MB file of text unpacks to far less; a zip made
 * to unpack to gigabytes (a "zip bomb") would hang the tab before mammoth had read it.
 */
export const MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Whether a zip unpacks to more than `limit` bytes. Each entry is inflated and counted, not
 * taken from the sizes its headers declare, which a crafted file can understate; it stops as
 * soon as the count passes the limit.
 */
export async function unpacksPast(bytes: Uint8Array, limit: number): Promise<boolean> {
	const { Unzip, UnzipInflate } = await import('fflate');
	let total = 0;
	const unzip = new Unzip((file) => {
		file.ondata = (error, chunk) => {
			if (error) return;
			total += chunk.length;
			if (total > limit) file.terminate();
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	try {
		unzip.push(bytes, true);
	} catch {
		// A damaged zip: mammoth says so, in its own words, after this.
	}
	return total > limit;
}

/**
 * A Word document's paragraphs as mammoth reads them (a table's cells one by one); 'too-large'
 * when it unpacks to more than MAX_DOCX_UNPACKED_BYTES; or null when the bytes are not a Word
 * document it can read: a damaged file, another kind renamed .docx.
 */
export async function docxParagraphs(bytes: ArrayBuffer): Promise<string[] | 'too-large' | null> {
	if (await unpacksPast(new Uint8Array(bytes), MAX_DOCX_UNPACKED_BYTES)) return 'too-large';
	// Loaded only when a .docx is opened: mammoth and its zip reader are a chunk of their own,
	// about 100 kB gzipped.
	const { extractRawText } = await import('mammoth');
	try {
		const { value } = await extractRawText({ arrayBuffer: bytes });
		return value.split(/\n\s*\n/);
	} catch {
		return null;
	}
}
