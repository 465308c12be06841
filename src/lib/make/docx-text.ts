/**
 * A Word document's paragraphs as mammoth reads them (a table's cells one by one), or null when
 * the bytes are not a Word document it can read: a damaged file, another kind renamed .docx.
 */
export async function docxParagraphs(bytes: ArrayBuffer): Promise<string[] | null> {
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
