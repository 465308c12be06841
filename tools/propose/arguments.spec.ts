import { describe, expect, it } from 'vitest';
import { parseArguments } from './arguments.ts';

describe('parseArguments', () => {
	it('reads a file alone', () => {
		expect(parseArguments(['article.txt'])).toEqual({
			kind: 'run',
			file: 'article.txt',
			documentKind: 'text',
			published: undefined
		});
	});

	it('reads --published as a separate word or after =, before or after the file', () => {
		for (const argv of [
			['article.md', '--published', '2012-01-27'],
			['--published', '2012-01-27', 'article.md'],
			['--published=2012-01-27', 'article.md']
		]) {
			expect(parseArguments(argv)).toEqual({
				kind: 'run',
				file: 'article.md',
				documentKind: 'markdown',
				published: '2012-01-27'
			});
		}
	});

	it('tells the kind from the extension, in any case', () => {
		expect(parseArguments(['page.HTML'])).toMatchObject({ documentKind: 'html' });
		expect(parseArguments(['page.htm'])).toMatchObject({ documentKind: 'html' });
		expect(parseArguments(['notes.v2.txt'])).toMatchObject({ documentKind: 'text' });
	});

	it('takes a file that starts with a dash after --', () => {
		expect(parseArguments(['--', '-notes.txt'])).toMatchObject({ kind: 'run', file: '-notes.txt' });
	});

	it('asks for help on --help and -h', () => {
		expect(parseArguments(['--help'])).toEqual({ kind: 'help' });
		expect(parseArguments(['article.txt', '-h'])).toEqual({ kind: 'help' });
	});

	it.each([
		[[], 'no file given'],
		[['a.txt', 'b.txt'], 'one file at a time'],
		[['article.pdf'], 'article.pdf is not a .txt, .md, .html, or .htm file'],
		[['README'], 'is not a .txt'],
		[['article.txt', '--verbose'], 'unknown option --verbose'],
		[['article.txt', '--published'], '--published needs a day'],
		[['article.txt', '--published', '2012-02-30'], 'not "2012-02-30"'],
		[['article.txt', '--published=27/01/2012'], 'not "27/01/2012"'],
		[['article.txt', '--published='], 'not ""'],
		[['article.txt', '--published', '2012-1-27'], 'must be a real day'],
		[['article.txt', '--published', '2012-01-27', '--published=2012-01-28'], 'given twice']
	])('refuses %j: %s', (argv, message) => {
		const parsed = parseArguments(argv);
		expect(parsed.kind).toBe('usage-error');
		expect(parsed.kind === 'usage-error' && parsed.message).toContain(message);
	});
});
