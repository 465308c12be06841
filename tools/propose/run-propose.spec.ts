import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Candidate } from '../../src/lib/finder/candidate.ts';
import { findEvents } from '../../src/lib/finder/find-events.ts';
import { runPropose } from './run-propose.ts';

vi.mock('../../src/lib/finder/find-events.ts', () => ({
	findEvents: vi.fn(() => ({ candidates: [], unresolved: [] }))
}));

const candidate: Candidate = {
	date: '2012-01-15',
	approximate: false,
	yearInferred: false,
	status: 'happened',
	quote: 'On January 15, Kazakhstan held its parliamentary elections',
	paragraph: 1,
	start: 0,
	end: 58,
	dateAt: { start: 3, end: 13 },
	title: 'Parliamentary elections',
	people: [],
	places: ['Kazakhstan']
};

/** Files in memory and everything written, as the command would see and write them. */
function fakeIo(files: Record<string, string>) {
	const written = { stdout: '', stderr: '' };
	const io = {
		stat: async (path: string) => {
			if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
			return { size: new TextEncoder().encode(files[path]).length, isFile: () => true };
		},
		readFile: async (path: string) => new TextEncoder().encode(files[path]),
		stdout: (text: string) => void (written.stdout += text),
		stderr: (text: string) => void (written.stderr += text)
	};
	return { io, written };
}

describe('runPropose', () => {
	beforeEach(() => vi.mocked(findEvents).mockClear());

	it('prints the candidates as indented JSON and nothing else on stdout', async () => {
		vi.mocked(findEvents).mockReturnValueOnce({ candidates: [candidate], unresolved: [] });
		const { io, written } = fakeIo({ 'a.md': '---\nid: a\n---\nOn *January 15*, it voted.\n' });
		expect(await runPropose(['a.md', '--published=2012-01-27'], io)).toBe(0);
		// Markdown goes to the finder as the source pages split it, paragraph by paragraph.
		expect(findEvents).toHaveBeenCalledWith(['On January 15, it voted.'], {
			published: '2012-01-27'
		});
		expect(written.stdout).toBe(`${JSON.stringify([candidate], null, 2)}\n`);
		expect(written.stderr).toBe('');
	});

	it('prints [] when there is nothing to propose, and passes no date when none is given', async () => {
		const { io, written } = fakeIo({ 'a.txt': 'Nothing dated here.' });
		expect(await runPropose(['a.txt'], io)).toBe(0);
		expect(findEvents).toHaveBeenCalledWith('Nothing dated here.', {});
		expect(JSON.parse(written.stdout)).toEqual([]);
	});

	it('lists the unresolved dates on stderr, one a line, and keeps stdout pure JSON', async () => {
		vi.mocked(findEvents).mockReturnValueOnce({
			candidates: [],
			unresolved: [
				{ text: 'last year', paragraph: 3, start: 10, end: 19 },
				{ text: 'the "next"\nweek', paragraph: 5, start: 0, end: 15 }
			]
		});
		const { io, written } = fakeIo({ 'a.txt': 'Last year, and the next week.' });
		expect(await runPropose(['a.txt'], io)).toBe(0);
		expect(written.stderr).toBe(
			'unresolved: paragraph 3: "last year" (needs --published)\n' +
				'unresolved: paragraph 5: "the \\"next\\"\\nweek" (needs --published)\n'
		);
		expect(JSON.parse(written.stdout)).toEqual([]);
	});

	it('exits 1 with one line on stderr for a file it cannot use', async () => {
		const { io, written } = fakeIo({ 'empty.txt': '  \n' });
		expect(await runPropose(['empty.txt'], io)).toBe(1);
		expect(await runPropose(['missing.txt'], io)).toBe(1);
		expect(written.stderr).toBe(
			'propose: empty.txt is empty\npropose: cannot read missing.txt: no such file\n'
		);
		expect(written.stdout).toBe('');
		expect(findEvents).not.toHaveBeenCalled();
	});

	it('exits 2 with the usage on stderr for a usage error or --help', async () => {
		for (const argv of [[], ['--help'], ['a.pdf'], ['a.txt', '--published', 'yesterday']]) {
			const { io, written } = fakeIo({ 'a.txt': 'Text.' });
			expect(await runPropose(argv, io)).toBe(2);
			expect(written.stderr).toContain('usage: npm run propose -- <file> [--published YYYY-MM-DD]');
			expect(written.stdout).toBe('');
		}
	});
});
