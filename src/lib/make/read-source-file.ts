import { decodePage, decodeText, MAX_SOURCE_BYTES } from '$lib/documents/decode-text.ts';
import type { SourceDetails } from '$lib/documents/details.ts';
import { markdownDetails, markdownParagraphs } from '$lib/documents/markdown-text.ts';
import { readPage } from '$lib/documents/page-text.ts';
import { docxParagraphs } from './docx-text.ts';
import { sourceFileMessage } from './source-file-messages.ts';
import { sourceText, textParagraphs } from './source-text.ts';

export { MAX_SOURCE_BYTES };
export type { SourceDetails };

export type SourceKind = 'text' | 'markdown' | 'html' | 'docx';

export type SourceFileProblem =
	| 'too-large'
	| 'binary'
	| 'unreadable-docx'
	/** A .docx that unpacks to more than a document of text would: a "zip bomb". */
	| 'docx-unpacks-too-large'
	/** The browser could not read the file: moved or changed since it was chosen. */
	| 'unreadable'
	| 'unsupported'
	| 'empty';

export type SourceFileResult =
	| {
			ok: true;
			/** Paragraphs separated by a blank line, as `findEvents` reads a text. */
			text: string;
			/** What the file says of itself: front matter, or a saved page's metadata. */
			details: SourceDetails;
			kind: SourceKind;
	  }
	| {
			ok: false;
			reason: SourceFileProblem;
			/** A sentence for the teacher that names the file and says what to do. */
			message: string;
	  };

const EXTENSIONS: Record<string, SourceKind> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html',
	docx: 'docx'
};
const MEDIA_TYPES: Record<string, SourceKind> = {
	'text/plain': 'text',
	'text/markdown': 'markdown',
	'text/x-markdown': 'markdown',
	'text/html': 'html',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx'
};

/** What a file holds, by its name's extension, else by the type the system gives it. */
export function sourceKind(file: { name: string; type: string }): SourceKind | null {
	const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
	if (extension !== undefined && extension in EXTENSIONS) return EXTENSIONS[extension]!;
	return MEDIA_TYPES[file.type.split(';')[0]!.trim().toLowerCase()] ?? null;
}

/**
 * Reads a file a teacher opens into plain text for the finder, with whatever details it carries.
 * A file over MAX_SOURCE_BYTES, or of a kind it cannot read, is refused before it is read. A
 * saved page is only parsed, with DOMParser: nothing in it runs or loads.
 */
export async function readSourceFile(file: File): Promise<SourceFileResult> {
	const refuse = (reason: SourceFileProblem): SourceFileResult => ({
		ok: false,
		reason,
		message: sourceFileMessage(reason, file, MAX_SOURCE_BYTES)
	});
	const kind = sourceKind(file);
	if (kind === null) return refuse('unsupported');
	if (file.size > MAX_SOURCE_BYTES) return refuse('too-large');
	let bytes: ArrayBuffer;
	try {
		bytes = await file.arrayBuffer();
	} catch {
		return refuse('unreadable');
	}
	if (bytes.byteLength > MAX_SOURCE_BYTES) return refuse('too-large');

	let read: { paragraphs: string[]; details: SourceDetails };
	if (kind === 'docx') {
		const paragraphs = await docxParagraphs(bytes);
		if (paragraphs === null) return refuse('unreadable-docx');
		if (paragraphs === 'too-large') return refuse('docx-unpacks-too-large');
		read = { paragraphs, details: {} };
	} else {
		const content = (kind === 'html' ? decodePage : decodeText)(new Uint8Array(bytes));
		if (content === null) return refuse('binary');
		read = readText(content, kind);
	}
	const text = sourceText(read.paragraphs);
	return text === '' ? refuse('empty') : { ok: true, text, details: read.details, kind };
}

function readText(content: string, kind: Exclude<SourceKind, 'docx'>) {
	if (kind === 'markdown') {
		return { paragraphs: markdownParagraphs(content), details: markdownDetails(content) };
	}
	if (kind === 'html') return readPage(content, parsePage);
	return { paragraphs: textParagraphs(content), details: {} };
}

/** DOMParser's document has no window: its scripts never run and its images never load. */
function parsePage(html: string): Document {
	return new DOMParser().parseFromString(html, 'text/html');
}
