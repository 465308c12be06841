/** The most a document may weigh, in the browser and in `npm run propose`. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** UTF-8 text with LF line ends, or null for anything binary: a NUL byte or invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string | null {
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
	} catch {
		return null;
	}
}

/**
 * A saved page's text: UTF-8, or else the encoding its <meta charset> names in its first 1,024
 * bytes, where a browser looks for it (a page saved from an older Russian-language site may be
 * windows-1251). Null for binary content, or for a page not in the encoding it names.
 */
export function decodePage(bytes: Uint8Array): string | null {
	const utf8 = decodeText(bytes);
	if (utf8 !== null || bytes.includes(0)) return utf8;
	// Every byte is a character in windows-1252, so the tag can be found whatever the encoding.
	const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
	const label = /<meta\s[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
	if (label === undefined) return null;
	try {
		const decoder = new TextDecoder(label, { fatal: true });
		// A page that says UTF-8 and is not has failed already; UTF-16 would have a NUL.
		if (decoder.encoding.startsWith('utf-')) return null;
		return decoder.decode(bytes).replace(/\r\n?/g, '\n');
	} catch {
		// An encoding the browser does not know, or bytes that are not in it.
		return null;
	}
}
