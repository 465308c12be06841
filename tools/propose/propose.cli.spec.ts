import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/lib/finder/candidate.ts';
import { splitParagraphs } from '../../src/lib/model/markdown.ts';
import { documentText } from './read-document.ts';

// The one spec that runs the command as a person does, in its own process through tsx.
const root = resolve(import.meta.dirname, '../..');
const temporary = mkdtempSync(join(tmpdir(), 'propose-'));
const TIMEOUT = 60_000;

function propose(...argv: string[]) {
	const run = spawnSync(
		join(root, 'node_modules/.bin/tsx'),
		['tools/propose/propose.ts', ...argv],
		{ cwd: root, encoding: 'utf8', timeout: TIMEOUT }
	);
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function temporaryFile(name: string, content: string | Uint8Array): string {
	const file = join(temporary, name);
	writeFileSync(file, content);
	return file;
}

describe('npm run propose', { timeout: TIMEOUT }, () => {
	afterAll(() => rmSync(temporary, { recursive: true, force: true }));

	it('prints the candidates of the source article, dated from the day it was published', () => {
		const run = propose('events/sources/kazakh-elections-2012.md', '--published', '2012-01-27');
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
		const candidates = JSON.parse(run.stdout) as Candidate[];
		expect(candidates).toContainEqual(
			expect.objectContaining({ date: '2011-12-16', paragraph: 1, yearInferred: true })
		);
		expect(candidates).toContainEqual(expect.objectContaining({ date: '2013', status: 'planned' }));
	});

	it('lists on stderr what it would not date without the day published', () => {
		const run = propose('events/sources/kazakh-elections-2012.md');
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('unresolved: paragraph 1: "January 15" (needs --published)');
		const candidates = JSON.parse(run.stdout) as Candidate[];
		expect(candidates.map((candidate) => candidate.date)).not.toContain('2012-01-15');
		expect(candidates.map((candidate) => candidate.date)).toContain('1990');
	});

	it('reads a real saved page: its article only, every quote verbatim', () => {
		const page = 'fixtures/saved-pages/wikipedia-mozilla.html';
		const run = propose(page);
		expect(run.status).toBe(0);
		const candidates = JSON.parse(run.stdout) as Candidate[];
		expect(candidates.length).toBeGreaterThan(50);
		const paragraphs = splitParagraphs(
			documentText(readFileSync(join(root, page), 'utf8'), 'html')
		);
		for (const candidate of candidates) {
			expect(paragraphs[candidate.paragraph - 1]!.slice(candidate.start, candidate.end)).toBe(
				candidate.quote
			);
		}
		expect(candidates).toContainEqual(
			expect.objectContaining({
				date: '1998',
				quote: 'Mozilla is a free-software community, created in 1998 by members of Netscape.'
			})
		);
		expect(candidates).toContainEqual(
			expect.objectContaining({ date: '2014-03-24', status: 'happened' })
		);
	});

	it('prints JSON for a saved page with a script, and runs nothing', () => {
		const page = temporaryFile(
			'page.html',
			'<html><body><article><p>On January 15, 2012, Kazakhstan voted.</p>' +
				'<script>process.stdout.write("RAN"); globalThis.__ran = true</script></article></body></html>'
		);
		const run = propose(page);
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual([
			expect.objectContaining({
				date: '2012-01-15',
				quote: 'On January 15, 2012, Kazakhstan voted.'
			})
		]);
		expect(run.stdout).not.toContain('RAN');
	});

	it.each([
		['an empty file', () => temporaryFile('empty.txt', ''), 'is empty'],
		[
			'a binary file',
			() => temporaryFile('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])),
			'is binary'
		],
		[
			'a file over 2 MB',
			() => temporaryFile('large.txt', 'a'.repeat(2 * 1024 * 1024 + 1)),
			'over the limit of 2 MB'
		],
		['a missing file', () => join(temporary, 'missing.txt'), 'no such file']
	])('exits 1 with a one-line message for %s', (_, makeFile, message) => {
		const run = propose(makeFile());
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it.each([
		[
			'a day that does not exist',
			['events/sources/kazakh-elections-2012.md', '--published', '2012-02-30']
		],
		['no arguments', []]
	])('exits 2 with the usage for %s', (_, argv) => {
		const run = propose(...argv);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('usage: npm run propose');
	});
});
