import { describe, expect, it, vi } from 'vitest';
import { MAX_SOURCE_BYTES, readSourceFile, sourceKind } from './read-source-file.ts';

// Plain text and Markdown, and every refusal, as Node's File gives them; saved pages and Word
// documents need the browser's DOMParser and run in read-source-file.browser.spec.ts.

const file = (content: BlobPart, name: string, type = '') => new File([content], name, { type });

describe('readSourceFile: text and Markdown', () => {
	it('reads a .txt into paragraphs a blank line apart, keeping the lines of a list', async () => {
		const text =
			'\uFEFFThe strike\r\n\r\n\r\n  began   in\t2011.  \r\n\n \n11.05.2011 – It began.\r\n14.05.2011 – It was banned.\n\n* * *\n';
		expect(await readSourceFile(file(text, 'strike.txt'))).toEqual({
			ok: true,
			kind: 'text',
			text: 'The strike\n\nbegan in 2011.\n\n11.05.2011 – It began.\n14.05.2011 – It was banned.',
			details: {}
		});
	});

	it('reads Markdown into plain paragraphs, with the details its front matter gives', async () => {
		const markdown = [
			'---',
			'title: Kazakh elections',
			'author: Clara Weiss',
			'date: 2012-01-27',
			'---',
			'# Kazakh *elections*',
			'',
			'On [January 15](https://example.com), Kazakhstan voted.'
		].join('\n');
		expect(await readSourceFile(file(markdown, 'elections.md'))).toEqual({
			ok: true,
			kind: 'markdown',
			text: 'Kazakh elections\n\nOn January 15, Kazakhstan voted.',
			details: { title: 'Kazakh elections', author: 'Clara Weiss', published: '2012-01-27' }
		});
	});

	it('takes a file of exactly the limit', async () => {
		const result = await readSourceFile(file(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61), 'a.txt'));
		expect(result.ok && result.text.length).toBe(MAX_SOURCE_BYTES);
	});
});

describe('sourceKind', () => {
	it.each([
		['notes.TXT', '', 'text'],
		['notes', 'text/plain', 'text'],
		['notes', 'text/markdown; charset=UTF-8', 'markdown'],
		['article.md', 'text/plain', 'markdown'],
		['page.htm', '', 'html'],
		['page', 'text/html', 'html'],
		['essay.docx', '', 'docx'],
		['essay.pdf', 'application/pdf', null],
		['photo.png', 'image/png', null],
		['README', '', null]
	])('%s (%s) is %s', (name, type, kind) => {
		expect(sourceKind({ name, type })).toBe(kind);
	});
});

describe('readSourceFile refuses, naming the file', () => {
	it('a file over the limit, without reading it', async () => {
		const big = file(new Uint8Array(MAX_SOURCE_BYTES + 1), 'big article.txt');
		const read = vi.spyOn(big, 'arrayBuffer');
		expect(await readSourceFile(big)).toEqual({
			ok: false,
			reason: 'too-large',
			message:
				'“big article.txt” is 2.1 MB, and a file can be at most 2 MB. Open a shorter article, or copy the part you need into a new file.'
		});
		expect(read).not.toHaveBeenCalled();
		const result = await readSourceFile(file(new Uint8Array(5 * 2 ** 20), 'five.md'));
		expect(result.ok || result.message).toContain('“five.md” is 5 MB');
	});

	it.each([
		[new Uint8Array([0x41, 0x00, 0x42]), 'nul.txt'],
		[new Uint8Array([0x41, 0xc3, 0x28]), 'latin.md'],
		[new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), 'image.txt']
	])('binary content: %o in %s', async (bytes, name) => {
		const result = await readSourceFile(file(bytes, name));
		expect(result).toMatchObject({ ok: false, reason: 'binary' });
		expect(result.ok || result.message).toMatch(new RegExp(`^“${name}” does not hold text`));
	});

	it.each([
		['', 'empty.txt'],
		[' \r\n\t \n', 'blank.txt'],
		['---\ntitle: Only a title\n---\n', 'front-matter.md'],
		['***\n\n---\n\n- \n', 'rules.md']
	])('a file with no text: %j in %s', async (content, name) => {
		expect(await readSourceFile(file(content, name))).toEqual({
			ok: false,
			reason: 'empty',
			message: `“${name}” has no text to read.`
		});
	});

	it.each([
		['report.pdf', 'application/pdf', 'To use a PDF, copy its text'],
		['photo.jpg', 'image/jpeg', ''],
		['old.doc', 'application/msword', 'save it as .docx'],
		['notes', '', '']
	])('a kind it cannot read: %s', async (name, type, hint) => {
		const result = await readSourceFile(file('%PDF-1.4', name, type));
		expect(result).toMatchObject({ ok: false, reason: 'unsupported' });
		const message = result.ok ? '' : result.message;
		expect(message).toContain(`“${name}” is not a kind of file this page can read.`);
		expect(message).toContain('(.txt)');
		expect(message).toContain('(.md)');
		expect(message).toContain('(.html or .htm)');
		expect(message).toContain('(.docx)');
		expect(message).toContain(hint);
	});

	it('a file the browser cannot read any more', async () => {
		const gone = file('text', 'moved.txt');
		vi.spyOn(gone, 'arrayBuffer').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
		expect(await readSourceFile(gone)).toMatchObject({
			ok: false,
			reason: 'unreadable',
			message: expect.stringMatching(/^“moved.txt” could not be read\./)
		});
	});
});
