import { describe, expect, it } from 'vitest';
import { parseInline, splitParagraphs } from '../../src/lib/model/markdown.ts';
import { MAX_SOURCE_BYTES } from '../../src/lib/documents/decode-text.ts';
import { documentText, readDocument, type FileAccess } from './read-document.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** One file in memory; counts the reads so a spec can see a huge file was not read. */
function oneFile(bytes: Uint8Array, size = bytes.length) {
	const access = {
		reads: 0,
		stat: async () => ({ size, isFile: () => true }),
		readFile: async () => {
			access.reads++;
			return bytes;
		}
	};
	return access;
}

describe('documentText', () => {
	it('keeps a .txt as it is', () => {
		expect(documentText('One.\n\nTwo, 2011.\n', 'text')).toBe('One.\n\nTwo, 2011.\n');
	});

	it('drops a Markdown file’s front matter and reads its emphasis and escapes as plain text', () => {
		const markdown = [
			'---',
			"published: '2012-01-27'",
			'---',
			'',
			'The *Ak Zhol* party',
			'won seats.',
			'',
			'It cost US\\$7 in *2011*.'
		].join('\n');
		expect(documentText(markdown, 'markdown')).toBe(
			'The Ak Zhol party won seats.\n\nIt cost US$7 in 2011.'
		);
	});

	it('reads Markdown without front matter as it is, and drops a block of invalid YAML too', () => {
		expect(documentText('Only *this*.', 'markdown')).toBe('Only this.');
		expect(documentText('---\ntitle: a: b\n---\nBody.', 'markdown')).toBe('Body.');
	});

	it('numbers Markdown paragraphs as the source pages do', () => {
		const body = 'First\nline.\n\n\n\nSecond with *emphasis*.\n   \nThird.';
		const paragraphs = documentText(body, 'markdown').split('\n\n');
		expect(paragraphs).toEqual(
			splitParagraphs(body).map((paragraph) => parseInline(paragraph).plain)
		);
		expect(paragraphs).toHaveLength(3);
	});
});

describe('readDocument', () => {
	it('gives the text of a .txt with its CRLF line ends normalised', async () => {
		const file = oneFile(encode('In 2011 the strike began.\r\n\r\nOn December 16, it ended.\r\n'));
		expect(await readDocument('a.txt', 'text', file)).toEqual({
			text: 'In 2011 the strike began.\n\nOn December 16, it ended.\n'
		});
	});

	it('refuses a file over 2 MB without reading it', async () => {
		const file = oneFile(new Uint8Array(0), MAX_SOURCE_BYTES + 1);
		expect(await readDocument('big.txt', 'text', file)).toEqual({
			problem: `big.txt is ${MAX_SOURCE_BYTES + 1} bytes, over the limit of 2 MB (${MAX_SOURCE_BYTES} bytes)`
		});
		expect(file.reads).toBe(0);
	});

	it('takes a file of exactly 2 MB', async () => {
		const result = await readDocument(
			'full.txt',
			'text',
			oneFile(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61))
		);
		expect('text' in result && result.text.length).toBe(MAX_SOURCE_BYTES);
	});

	it.each([
		['', 'text', 'a.txt is empty'],
		[' \n\r\n\t ', 'text', 'a.txt is empty'],
		['---\ntitle: x\n---\n', 'markdown', 'a.txt is empty'],
		['<html><body><script>var a = 1</script> </body></html>', 'html', 'a.txt has no text']
	] as const)('refuses %j as having no text', async (content, kind, problem) => {
		expect(await readDocument('a.txt', kind, oneFile(encode(content)))).toEqual({ problem });
	});

	it('reads a saved page in the legacy encoding its meta tag names', async () => {
		const page = new Uint8Array([
			...encode('<meta charset="windows-1251"><p>'),
			...[0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb],
			...encode(' 1997</p>')
		]);
		expect(await readDocument('almaty.html', 'html', oneFile(page))).toEqual({
			text: 'Алматы 1997'
		});
		expect(await readDocument('almaty.txt', 'text', oneFile(page))).toEqual({
			problem: 'almaty.txt is binary, not UTF-8 text'
		});
	});

	it('refuses binary content', async () => {
		const file = oneFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
		expect(await readDocument('image.txt', 'text', file)).toEqual({
			problem: 'image.txt is binary, not UTF-8 text'
		});
	});

	it('says why a file cannot be read', async () => {
		const missing: FileAccess = {
			stat: async () => {
				throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
			},
			readFile: async () => new Uint8Array()
		};
		expect(await readDocument('gone.md', 'markdown', missing)).toEqual({
			problem: 'cannot read gone.md: no such file'
		});
		const folder: FileAccess = {
			stat: async () => ({ size: 4096, isFile: () => false }),
			readFile: async () => new Uint8Array()
		};
		expect(await readDocument('articles.txt', 'text', folder)).toEqual({
			problem: 'articles.txt is not a file'
		});
	});
});
