import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

	it('prints a JSON array of candidates for the source article', () => {
		const run = propose('events/sources/kazakh-elections-2012.md', '--published', '2012-01-27');
		expect(run.status).toBe(0);
		const candidates: unknown = JSON.parse(run.stdout);
		expect(Array.isArray(candidates)).toBe(true);
		for (const candidate of candidates as Array<Record<string, unknown>>) {
			expect(candidate).toHaveProperty('quote');
			expect(candidate).toHaveProperty('date');
			expect(candidate).toHaveProperty('paragraph');
		}
	});

	it('prints JSON for a saved page with a script, and runs nothing', () => {
		const page = temporaryFile(
			'page.html',
			'<html><body><article><p>On January 15, 2012, Kazakhstan voted.</p>' +
				'<script>process.stdout.write("RAN"); globalThis.__ran = true</script></article></body></html>'
		);
		const run = propose(page);
		expect(run.status).toBe(0);
		expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
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
