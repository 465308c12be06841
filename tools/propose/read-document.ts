import { decodePage, decodeText, MAX_SOURCE_BYTES } from '../../src/lib/documents/decode-text.ts';
import { markdownParagraphs } from '../../src/lib/documents/markdown-text.ts';
import { htmlText } from './html-text.ts';

export type DocumentKind = 'text' | 'markdown' | 'html';

const KINDS: Record<string, DocumentKind> = {
	'.txt': 'text',
	'.md': 'markdown',
	'.html': 'html',
	'.htm': 'html'
};
export const ACCEPTED_EXTENSIONS = Object.keys(KINDS);

export interface FileAccess {
	stat(path: string): Promise<{ size: number; isFile(): boolean }>;
	readFile(path: string): Promise<Uint8Array>;
}

/**
 * The text, and for Markdown its paragraphs as the source pages split them: one whose plain text
 * is empty ("* * *") still counts, so that the numbers after it stay the site's.
 */
export type ReadResult = { text: string; paragraphs?: string[] } | { problem: string };

/** The kind of document a file name says it holds, or null for one it cannot read. */
export function documentKind(file: string): DocumentKind | null {
	const extension = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase();
	return (extension && KINDS[extension]) || null;
}

/** A file as plain text whose paragraphs are separated by blank lines, or why it cannot be. */
export async function readDocument(
	file: string,
	kind: DocumentKind,
	files: FileAccess
): Promise<ReadResult> {
	let bytes: Uint8Array;
	try {
		// The size first, so that a huge file is never read whole.
		const stats = await files.stat(file);
		if (!stats.isFile()) return { problem: `${file} is not a file` };
		if (stats.size > MAX_SOURCE_BYTES) return { problem: tooLarge(file, stats.size) };
		bytes = await files.readFile(file);
	} catch (error) {
		return { problem: `cannot read ${file}: ${reason(error)}` };
	}
	if (bytes.length > MAX_SOURCE_BYTES) return { problem: tooLarge(file, bytes.length) };
	const content = kind === 'html' ? decodePage(bytes) : decodeText(bytes);
	if (content === null) return { problem: `${file} is binary, not UTF-8 text` };
	const text = documentText(content, kind);
	if (text.trim() === '') {
		return { problem: kind === 'html' ? `${file} has no text` : `${file} is empty` };
	}
	return kind === 'markdown' ? { text, paragraphs: markdownParagraphs(content) } : { text };
}

export function documentText(content: string, kind: DocumentKind): string {
	if (kind === 'markdown') return markdownText(content);
	if (kind === 'html') return htmlText(content);
	return content;
}

function markdownText(content: string): string {
	return markdownParagraphs(content).join('\n\n');
}

function tooLarge(file: string, size: number): string {
	return `${file} is ${size} bytes, over the limit of 2 MB (${MAX_SOURCE_BYTES} bytes)`;
}

function reason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'it is a folder';
	return error instanceof Error ? error.message : String(error);
}
