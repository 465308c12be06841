import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
// @ts-expect-error -- a plain .mjs script, shared with playwright.config.ts, without types
import { folderFirstServer } from './folder-first-server.mjs';
import { screenshot, timelineReady } from './helpers.ts';
import { drawnItems, saved } from './make-steps.ts';

// A TimelineJS sheet comes in, and leaves as a site of its own: the site folder downloaded from
// /make/, with a lesson made over it, is built by a real `vite build` with EVENTS_DIR and served
// from a static host. `npm run import` on the same sheet writes the very same folder.

const run = promisify(execFile);
const SHEET = 'fixtures/timelinejs/my-own-timeline.csv';

/** Every file under a folder, by its path inside it. */
function filesUnder(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) {
			const path = join(entry.parentPath, entry.name);
			files[relative(folder, path)] = readFileSync(path, 'utf8');
		}
	return files;
}

test('a timeline downloaded as a site folder builds into a site of its own', async ({
	page
}, testInfo) => {
	// A real build of a second site: about 15 s alone, several times that on a loaded machine.
	test.setTimeout(300_000);
	// A folder of its own, and so a build of its own (.svelte-kit/<BUILD_DIR>), for each worker:
	// two runs at once (--repeat-each) must not build into each other.
	const WORK = `.tmp/site-folder-e2e-${testInfo.workerIndex}`;
	const built = `${WORK}/build`;
	const kitDir = `.svelte-kit/${built.replace(/\W+/g, '-')}`;
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });

	await page.goto('/make/');
	await page.getByText('Open a TimelineJS file').setInputFiles(SHEET);
	await expect(page.getByRole('heading', { name: 'Events kept (10)' })).toBeVisible();
	await page.getByRole('link', { name: 'Make a lesson from it' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('A lesson from');
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Women who made computing');
	await page.getByRole('textbox', { name: 'Introduction' }).fill('Three lives, in order.');
	const picker = page.getByRole('list', { name: 'Events to add' });
	await picker.getByRole('button', { name: 'Add: Ada Lovelace' }).click();
	await picker.getByRole('button', { name: 'Add: Grace Hopper invents the compiler' }).click();
	await page.getByRole('button', { name: 'Add a question' }).click();
	await page.getByRole('textbox', { name: 'Question 1' }).fill('What did each one make?');
	await saved(page);
	await page.getByRole('link', { name: '← Back to editing the timeline' }).click();
	await expect(page.getByRole('heading', { name: 'Events kept (10)' })).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as a site folder' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('my-own-csv-site.zip');
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded.' })).toBeVisible();
	const zipped = unzipSync(readFileSync(await download.path()));
	expect(strFromU8(zipped['README.txt']!)).toContain('EVENTS_DIR=/path/to/events npm run build');
	for (const [path, bytes] of Object.entries(zipped)) {
		mkdirSync(dirname(join(WORK, path)), { recursive: true });
		writeFileSync(join(WORK, path), bytes);
	}
	const folder = filesUnder(join(WORK, 'events'));
	expect(Object.keys(folder)).toContain('lessons/women-who-made-computing.yaml');

	// The command line writes the same folder from the same sheet; the lesson is the page's own.
	await run('node_modules/.bin/tsx', ['tools/import/import.ts', SHEET, '--out', `${WORK}/cli`]);
	const { 'lessons/women-who-made-computing.yaml': lesson, ...events } = folder;
	expect(lesson).toContain('- grace-hopper-invents-the-compiler');
	expect(filesUnder(`${WORK}/cli`)).toEqual(events);

	// At the machine's own priority: under nice -n 19 a busy machine starved it past five minutes.
	await run('npx', ['vite', 'build'], {
		env: { ...process.env, EVENTS_DIR: `${WORK}/events`, BUILD_DIR: built, BASE_PATH: '' },
		maxBuffer: 64 * 1024 * 1024
	});
	const server = folderFirstServer(built).listen(0, '127.0.0.1');
	await new Promise((resolve) => server.once('listening', resolve));
	try {
		const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		await page.goto(`${site}/`);
		await expect(page).toHaveTitle(/MY OWN CSV/);
		await timelineReady(page);
		await expect(page.getByText('Showing 10 of 10 events')).toBeVisible();
		await expect(drawnItems(page)).toHaveCount(10);
		await screenshot(page, 'site-folder-built-1280');

		await page.goto(`${site}/events/ada-lovelace/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
		await expect(page.getByText('No source quote')).toBeVisible();
		// A built site's policy allows its own images only: the portrait stays a link.
		await expect(
			page.getByRole('link', { name: /^Portrait by Alfred Edward Chalon/ })
		).toBeVisible();
		await expect(page.getByRole('button', { name: /^Show the image/ })).toHaveCount(0);

		await page.goto(`${site}/lessons/`);
		await page.getByRole('link', { name: 'Women who made computing' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women who made computing');
		await expect(page.getByText('What did each one make?')).toBeVisible();
		// The handout says plainly that an imported event has no quote.
		await expect(page.getByRole('article', { name: 'Ada Lovelace' })).toContainText(
			'No source quote'
		);
	} finally {
		server.close();
		rmSync(WORK, { recursive: true, force: true });
		rmSync(kitDir, { recursive: true, force: true });
	}
});
