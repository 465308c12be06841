import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A broken events folder must stop `vite build` with one plain message naming the file and
// field, not a stack trace. These builds fail in the content plugin's buildStart, before any
// bundling, so each takes a few seconds.

const work = mkdtempSync(join(tmpdir(), 'kz-build-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface BuildResult {
	code: number | null;
	output: string;
}

function build(eventsDir: string): Promise<BuildResult> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'build'],
			{
				env: { ...process.env, EVENTS_DIR: eventsDir, BUILD_DIR: '.tmp/build-errors' },
				timeout: 60_000
			},
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, output: `${stdout}\n${stderr}` });
			}
		);
	});
}

/** An events folder named `name` with the real themes and one event, strike.md. */
function folderWithStrike(name: string, frontMatter: string): string {
	const folder = join(work, name);
	mkdirSync(join(folder, 'sources'), { recursive: true });
	cpSync('events/collection.yaml', join(folder, 'collection.yaml'));
	cpSync('events/themes.yaml', join(folder, 'themes.yaml'));
	writeFileSync(join(folder, 'strike.md'), `---\n${frontMatter}---\nIn our words.\n`);
	return folder;
}

function expectCleanFailure({ code, output }: BuildResult, message: string) {
	expect(code).not.toBe(0);
	expect(output).toContain('The events could not be built:');
	expect(output).toContain(message);
	expect(output).not.toMatch(/^\s+at /m);
}

describe('a broken events folder stops the build with a clear message', { timeout: 60_000 }, () => {
	it('a folder that does not exist', async () => {
		const missing = join(work, 'missing');
		expectCleanFailure(await build(missing), `${missing}/: does not exist`);
	});

	it('an empty folder', async () => {
		const empty = join(work, 'empty');
		mkdirSync(empty);
		const result = await build(empty);
		expectCleanFailure(result, `${empty}/themes.yaml: is missing`);
		expect(result.output).toContain(`${empty}/: holds no event files (*.md)`);
	});

	it('EVENTS_DIR naming a file', async () => {
		const file = join(work, 'events.md');
		writeFileSync(file, '---\nid: strike\n---\n');
		expectCleanFailure(await build(file), `${file}: is a file, not a folder`);
	});

	it('a month that does not exist', async () => {
		const folder = folderWithStrike(
			'thirteenth-month',
			`id: strike\ntitle: A strike\ndate: '2011-13'\nthemes: [labour]\n`
		);
		expectCleanFailure(await build(folder), `${folder}/strike.md: date "2011-13" has no month 13`);
	});

	it('an event that quotes a source the folder does not have', async () => {
		const folder = folderWithStrike(
			'unknown-source',
			`id: strike\ntitle: A strike\ndate: '2011'\nthemes: [labour]\nquotes:\n  - { text: 'Workers struck', source: lost-article }\n`
		);
		expectCleanFailure(
			await build(folder),
			`${folder}/strike.md: quotes[0].source "lost-article" is not a known source`
		);
	});
});
