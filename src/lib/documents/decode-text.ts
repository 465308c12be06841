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
