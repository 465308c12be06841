import { fromBase64Url, toBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { deflate, inflate } from './deflate.ts';

/**
 * Data carried whole in a link's fragment, so that no server ever sees it:
 * `<version>.<base64url>`. The bytes are a 12-byte header (the compressed length, the JSON's
 * length and its CRC-32, each a big-endian uint32) and the JSON, deflated. The lengths tell a
 * cut-off link from a damaged one, and the checksum a changed one. Version 1 is the only one so
 * far; a later format takes the next number and keeps a reader for this one.
 */
export const LINK_VERSION = 1;
/** The most a link may hold once inflated, unless its kind says otherwise. */
export const MAX_DECODED_BYTES = 16 * 1024;
const HEADER_BYTES = 12;

export type LinkErrorKind =
	'empty' | 'not-a-link' | 'future-version' | 'oversized' | 'truncated' | 'corrupt' | 'tampered';

export interface LinkError {
	kind: LinkErrorKind;
	/** A sentence for the reader saying what is wrong. */
	message: string;
}

/**
 * What a link holds, named in its messages (`lesson` gives "This lesson link is cut off"), and
 * how much it may hold. A lesson is held to 16 KB of JSON; a whole timeline, which carries its
 * quotes' paragraphs, to 48 KB once compressed, and to far more inflated only as a guard.
 */
export interface LinkWords {
	thing: string;
	/** The most its JSON may be. Default MAX_DECODED_BYTES. */
	maxDecodedBytes?: number;
	/** The most its compressed bytes may be; no limit but the decoded one when left out. */
	maxCompressedBytes?: number;
}

const decodedLimit = (words: LinkWords) => words.maxDecodedBytes ?? MAX_DECODED_BYTES;

/** Deflate never grows data by much; a longer fragment is no link this site made. */
function maxLinkCharacters(words: LinkWords): number {
	const bytes = words.maxCompressedBytes ?? decodedLimit(words) * 1.1 + 64;
	return 4 * Math.ceil((bytes + HEADER_BYTES) / 3) + 8;
}

export type EncodedLink =
	{ ok: true; code: string; bytes: number } | { ok: false; message: string; bytes: number };

/** Read links: the JSON, and whether its checksum says it was changed since it was made. */
export type DecodedData =
	{ ok: true; data: unknown; changed: boolean } | { ok: false; error: LinkError };

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

function tooLarge(bytes: number, words: LinkWords): string {
	return `The ${words.thing} holds ${kilobytes(bytes)} KB of text, more than a link may carry (${decodedLimit(words) / 1024} KB).`;
}

export async function encodeLink(data: unknown, words: LinkWords): Promise<EncodedLink> {
	const json = new TextEncoder().encode(JSON.stringify(data));
	if (json.byteLength > decodedLimit(words))
		return { ok: false, bytes: json.byteLength, message: tooLarge(json.byteLength, words) };
	const compressed = await deflate(json);
	const most = words.maxCompressedBytes;
	if (most !== undefined && compressed.byteLength > most)
		return {
			ok: false,
			bytes: compressed.byteLength,
			message: `The ${words.thing} is ${kilobytes(compressed.byteLength)} KB even compressed, more than a link may carry (${most / 1024} KB).`
		};
	const bytes = new Uint8Array(HEADER_BYTES + compressed.byteLength);
	const header = new DataView(bytes.buffer);
	header.setUint32(0, compressed.byteLength);
	header.setUint32(4, json.byteLength);
	header.setUint32(8, crc32(json));
	bytes.set(compressed, HEADER_BYTES);
	return { ok: true, bytes: json.byteLength, code: `${LINK_VERSION}.${toBase64Url(bytes)}` };
}

const failure = (kind: LinkErrorKind, message: string): DecodedData => ({
	ok: false,
	error: { kind, message }
});

/** Reads a link's fragment (with or without its `#`) as far as its JSON. Never throws. */
export async function decodeLink(fragment: string, words: LinkWords): Promise<DecodedData> {
	try {
		return await decode(fragment.replace(/^#/, '').trim(), words);
	} catch {
		return failure('corrupt', `This ${words.thing} link is damaged and cannot be read.`);
	}
}

async function decode(text: string, words: LinkWords): Promise<DecodedData> {
	const { thing } = words;
	const cutOff = `This ${thing} link is cut off: part of it is missing. Copy the whole link again.`;
	const damaged = `This ${thing} link is damaged and cannot be read.`;
	if (text === '') return failure('empty', `This address holds no ${thing}.`);
	if (text.length > maxLinkCharacters(words))
		return failure(
			'oversized',
			`This ${thing} link is longer than any this site makes (${text.length} characters).`
		);
	const match = /^(\d{1,6})\.(.*)$/s.exec(text);
	if (!match) return failure('not-a-link', `This address does not hold a ${thing} link.`);
	const version = Number(match[1]);
	if (version > LINK_VERSION)
		return failure(
			'future-version',
			`This ${thing} link was made by a newer version of the site (format ${version}; this one reads format ${LINK_VERSION}). Ask for the link again from the site that made it.`
		);
	if (version !== LINK_VERSION)
		return failure(
			'not-a-link',
			`This address does not hold a ${thing} link (format ${version} never existed).`
		);
	if (!/^[A-Za-z0-9_-]*$/.test(match[2]!))
		return failure(
			'corrupt',
			`This ${thing} link holds characters a ${thing} link never has; it may have been changed or mistyped.`
		);
	const bytes = fromBase64Url(match[2]!);
	if (!bytes || bytes.byteLength < HEADER_BYTES) return failure('truncated', cutOff);
	const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
	const compressedLength = header.getUint32(0);
	const jsonLength = header.getUint32(4);
	if (jsonLength > decodedLimit(words))
		return failure('oversized', `${tooLarge(jsonLength, words)} It was not opened.`);
	const body = bytes.subarray(HEADER_BYTES);
	if (body.byteLength < compressedLength) return failure('truncated', cutOff);
	if (body.byteLength > compressedLength)
		return failure(
			'tampered',
			`This ${thing} link is longer than it says it is; it has been changed since it was made.`
		);

	let inflated: { bytes: Uint8Array; overLimit: boolean };
	try {
		inflated = await inflate(body, Math.min(jsonLength, decodedLimit(words)));
	} catch {
		return failure('corrupt', damaged);
	}
	if (inflated.overLimit || inflated.bytes.byteLength !== jsonLength)
		return failure(
			'tampered',
			`This ${thing} link has been changed since it was made and cannot be read.`
		);
	const changed = crc32(inflated.bytes) !== header.getUint32(8);
	try {
		const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
		return { ok: true, data, changed };
	} catch {
		return failure(changed ? 'tampered' : 'corrupt', damaged);
	}
}
