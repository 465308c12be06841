import { fromBase64Url, toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { deflate, inflate } from './deflate';
import type { LessonDraft } from '$lib/lesson-builder/lesson-draft';
import { readDraft, type FieldProblem } from '$lib/lesson-builder/read-draft';

/**
 * A lesson link's fragment: `<version>.<base64url>`. The bytes are a 12-byte header (the
 * compressed length, the JSON's length and its CRC-32, each a big-endian uint32) and the JSON
 * of the lesson, deflated. The lengths tell a cut-off link from a damaged one, and the checksum
 * a changed one. Version 1 is the only one so far; a later format takes the next number and
 * keeps a reader for this one.
 */
export const LINK_VERSION = 1;
/** The most a link's lesson may hold once inflated. */
export const MAX_DECODED_BYTES = 16 * 1024;
/** Deflate never grows data by much; a longer fragment is no link this site made. */
const MAX_LINK_CHARACTERS = 4 * Math.ceil((MAX_DECODED_BYTES * 1.1 + 64) / 3);
const HEADER_BYTES = 12;

export type LinkErrorKind =
	'empty' | 'not-a-link' | 'future-version' | 'oversized' | 'truncated' | 'corrupt' | 'tampered';

export interface LinkError {
	kind: LinkErrorKind;
	/** A sentence for the reader saying what is wrong. */
	message: string;
}

export interface DecodedLink {
	/** The lesson, or as much of it as could be read; null when nothing could. */
	lesson: LessonDraft | null;
	/** Set when the link itself is damaged, changed, too large or from a later version. */
	error: LinkError | null;
	/** Fields that were dropped or cut. */
	problems: FieldProblem[];
}

export type EncodedLink =
	{ ok: true; code: string; bytes: number } | { ok: false; message: string; bytes: number };

/** The lesson as the JSON a link carries: steps without an empty prompt, defaults left out. */
function payload(lesson: LessonDraft): unknown {
	return {
		title: lesson.title,
		introduction: lesson.introduction,
		steps: lesson.steps.map(({ event, prompt }) => (prompt ? { event, prompt } : { event })),
		questions: lesson.questions,
		...(lesson.themes ? { themes: lesson.themes } : {}),
		...(lesson.window ? { window: lesson.window } : {})
	};
}

/** The bytes a lesson takes in a link once inflated, to show against MAX_DECODED_BYTES. */
export function decodedSize(lesson: LessonDraft): number {
	return new TextEncoder().encode(JSON.stringify(payload(lesson))).byteLength;
}

export async function encodeLessonLink(lesson: LessonDraft): Promise<EncodedLink> {
	const json = new TextEncoder().encode(JSON.stringify(payload(lesson)));
	if (json.byteLength > MAX_DECODED_BYTES)
		return { ok: false, bytes: json.byteLength, message: tooLarge(json.byteLength) };
	const compressed = await deflate(json);
	const bytes = new Uint8Array(HEADER_BYTES + compressed.byteLength);
	const header = new DataView(bytes.buffer);
	header.setUint32(0, compressed.byteLength);
	header.setUint32(4, json.byteLength);
	header.setUint32(8, crc32(json));
	bytes.set(compressed, HEADER_BYTES);
	return { ok: true, bytes: json.byteLength, code: `${LINK_VERSION}.${toBase64Url(bytes)}` };
}

const failure = (kind: LinkErrorKind, message: string): DecodedLink => ({
	lesson: null,
	error: { kind, message },
	problems: []
});

function tooLarge(bytes: number): string {
	return `The lesson holds ${(bytes / 1024).toFixed(1)} KB of text, more than a link may carry (${MAX_DECODED_BYTES / 1024} KB).`;
}

/** Reads a link's fragment (with or without its `#`). Never throws. */
export async function decodeLessonLink(fragment: string): Promise<DecodedLink> {
	try {
		return await decode(fragment.replace(/^#/, '').trim());
	} catch {
		return failure('corrupt', 'This lesson link is damaged and cannot be read.');
	}
}

async function decode(text: string): Promise<DecodedLink> {
	if (text === '') return failure('empty', 'This address holds no lesson.');
	if (text.length > MAX_LINK_CHARACTERS)
		return failure(
			'oversized',
			`This lesson link is longer than any this site makes (${text.length} characters).`
		);
	const match = /^(\d{1,6})\.(.*)$/s.exec(text);
	if (!match) return failure('not-a-link', 'This address does not hold a lesson link.');
	const version = Number(match[1]);
	if (version > LINK_VERSION)
		return failure(
			'future-version',
			`This lesson link was made by a newer version of the site (format ${version}; this one reads format ${LINK_VERSION}). Ask for the link again from the site that made it.`
		);
	if (version !== LINK_VERSION)
		return failure(
			'not-a-link',
			`This address does not hold a lesson link (format ${version} never existed).`
		);
	if (!/^[A-Za-z0-9_-]*$/.test(match[2]!))
		return failure(
			'corrupt',
			'This lesson link holds characters a lesson link never has; it may have been changed or mistyped.'
		);
	const bytes = fromBase64Url(match[2]!);
	if (!bytes || bytes.byteLength < HEADER_BYTES)
		return failure(
			'truncated',
			'This lesson link is cut off: part of it is missing. Copy the whole link again.'
		);
	const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
	const compressedLength = header.getUint32(0);
	const jsonLength = header.getUint32(4);
	if (jsonLength > MAX_DECODED_BYTES)
		return failure('oversized', `${tooLarge(jsonLength)} It was not opened.`);
	const body = bytes.subarray(HEADER_BYTES);
	if (body.byteLength < compressedLength)
		return failure(
			'truncated',
			'This lesson link is cut off: part of it is missing. Copy the whole link again.'
		);
	if (body.byteLength > compressedLength)
		return failure(
			'tampered',
			'This lesson link is longer than it says it is; it has been changed since it was made.'
		);

	let inflated: { bytes: Uint8Array; overLimit: boolean };
	try {
		inflated = await inflate(body, Math.min(jsonLength, MAX_DECODED_BYTES));
	} catch {
		return failure('corrupt', 'This lesson link is damaged and cannot be read.');
	}
	if (inflated.overLimit || inflated.bytes.byteLength !== jsonLength)
		return failure(
			'tampered',
			'This lesson link has been changed since it was made and cannot be read.'
		);
	const changed = crc32(inflated.bytes) !== header.getUint32(8);

	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
	} catch {
		return failure(
			changed ? 'tampered' : 'corrupt',
			'This lesson link is damaged and cannot be read.'
		);
	}
	const read = readDraft(data);
	if (!read) return failure('corrupt', 'This lesson link holds no lesson.');
	return {
		lesson: read.draft,
		problems: read.problems,
		error: changed
			? {
					kind: 'tampered',
					message:
						'This lesson link has been changed since it was made. What could be read is shown; check it before you use it.'
				}
			: null
	};
}
