const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Bytes as base64url without padding (RFC 4648 §5), safe in an address's fragment. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes, or null when the text is not base64url (a length of 4n+1 can never be). */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		return Uint8Array.from(binary, (character) => character.charCodeAt(0));
	} catch {
		return null;
	}
}
