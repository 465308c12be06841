/**
 * How much a Word document may unpack to. A 2 MB file of text unpacks to far less; a zip made
 * to unpack to gigabytes (a "zip bomb") would hang the tab before mammoth had read it.
 */
export const MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * The zip as it unpacks, entry by entry, made again with only what was counted; 'too-large' once
 * it passes `limit` bytes; null when it cannot be unpacked. Each entry is inflated and counted,
 * not taken from the sizes its headers declare, which a crafted file can understate; and the
 * reader is handed the zip made again, so that it reads exactly what was counted, never entries
 * a central directory lists that the local headers hide.
 */
export async function unpackedWithin(
	bytes: Uint8Array,
	limit: number
): Promise<Uint8Array | 'too-large' | null> {
	const { Unzip, UnzipInflate, zipSync } = await import('fflate');
	let total = 0;
	let broken = false;
	const files: Record<string, Uint8Array[]> = {};
	const unzip = new Unzip((file) => {
		const chunks: Uint8Array[] = (files[file.name] = []);
		file.ondata = (error, chunk) => {
			if (error) {
				broken = true;
				return;
			}
			total += chunk.length;
			if (total > limit) file.terminate();
			else chunks.push(chunk);
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	try {
		unzip.push(bytes, true);
	} catch {
		return null;
	}
	if (total > limit) return 'too-large';
	if (broken || Object.keys(files).length === 0) return null;
	const whole = Object.fromEntries(
		Object.entries(files).map(([name, chunks]) => {
			const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
			let at = 0;
			for (const chunk of chunks) {
				joined.set(chunk, at);
				at += chunk.length;
			}
			return [name, joined];
		})
	);
	return zipSync(whole, { level: 0 });
}

/**
 * A Word document's paragraphs as mammoth reads them (a table's cells one by one); 'too-large'
 * when it unpacks to more than MAX_DOCX_UNPACKED_BYTES; or null when the bytes are not a Word
 * document it can read: a damaged file, another kind renamed .docx.
 */
export async function docxParagraphs(bytes: ArrayBuffer): Promise<string[] | 'too-large' | null> {
	const counted = await unpackedWithin(new Uint8Array(bytes), MAX_DOCX_UNPACKED_BYTES);
	if (counted === 'too-large' || counted === null) return counted;
	// Loaded only when a .docx is opened: mammoth and its zip reader are a chunk of their own,
	// about 100 kB gzipped.
	const { extractRawText } = await import('mammoth');
	try {
		const { value } = await extractRawText({ arrayBuffer: counted.slice().buffer });
		return value.split(/\n\s*\n/);
	} catch {
		return null;
	}
}
