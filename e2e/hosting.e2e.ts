import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderFirstServer } from './folder-first-server.mjs';
import { timelineReady, workerInCharge } from './helpers.ts';
import { FOLDER_FIRST, SITE } from './ports.ts';
import { ROUTES, type SiteRoute } from './routes.ts';

// Every address, on both kinds of static host: vite preview, which finds <path>.html first, and
// one that looks for a folder first, as nginx's `try_files $uri $uri/` does.
const HOSTS = [
	{ name: 'vite preview', origin: SITE },
	{ name: 'a folder-first host', origin: FOLDER_FIRST }
];
const PAGES = ROUTES.filter((route) => !route.status);
// The CSV starts with a byte-order mark for Excel; fetch's text() drops it.
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');
const DATA_FILES = [
	{ path: '/events.json', type: 'application/json', starts: '{"version":1,' },
	{ path: '/events.csv', type: 'text/csv', starts: 'id,title,' },
	{ path: '/timelinejs.json', type: 'application/json', starts: '{"' }
];

/** The page is this site's page at this address: not a listing, an error or a redirect away. */
async function expectPage(page: Page, origin: string, route: SiteRoute, heading = route.heading) {
	expect(new URL(page.url()).pathname).toBe(new URL(route.path, origin).pathname);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	if (!route.embed) await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
}

for (const host of HOSTS) {
	test.describe(`on ${host.name}`, () => {
		test.describe('with JavaScript', () => {
			test('every page loads typed and reloaded, without an error', async ({ page }) => {
				test.setTimeout(90_000);
				const errors: string[] = [];
				page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
				for (const route of PAGES) {
					const typed = await page.goto(host.origin + route.path);
					expect(typed?.status(), route.name).toBe(200);
					await expectPage(page, host.origin, route);
					if (route.timeline) await timelineReady(page);
					expect((await page.reload())?.status(), route.name).toBe(200);
					await expectPage(page, host.origin, route);
					if (route.timeline) await timelineReady(page);
				}
				expect(errors).toEqual([]);
			});
		});

		test.describe('with JavaScript and the service worker', () => {
			test.use({ serviceWorkers: 'allow' });

			// One test per host, not one per page: installing the worker caches the whole build,
			// which once per page made this file the slowest in the run.
			test('every page is reloaded from the worker once it is in charge', async ({ page }) => {
				test.setTimeout(90_000);
				const errors: string[] = [];
				page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
				await page.goto(`${host.origin}/`);
				await workerInCharge(page);
				for (const route of PAGES) {
					await page.goto(host.origin + route.path);
					const fromWorker = await page.reload();
					expect(fromWorker?.fromServiceWorker(), route.name).toBe(true);
					expect(fromWorker?.status(), route.name).toBe(200);
					await expectPage(page, host.origin, route);
					if (route.timeline) await timelineReady(page);
				}
				expect(errors).toEqual([]);
			});

			test('the data files are files at their own addresses, also from the worker', async ({
				page,
				context,
				request
			}) => {
				for (const file of DATA_FILES) {
					const response = await request.get(host.origin + file.path, { maxRedirects: 0 });
					expect(response.status(), file.path).toBe(200);
					expect(response.headers()['content-type'], file.path).toContain(file.type);
					expect(withoutBom(await response.text()).startsWith(file.starts), file.path).toBe(true);
				}
				await page.goto(`${host.origin}/`);
				await workerInCharge(page);
				// Offline, only the worker can answer.
				await context.setOffline(true);
				const served = await page.evaluate(
					(files) =>
						Promise.all(
							files.map(({ path, starts }) =>
								fetch(path).then(async (response) => ({
									path,
									status: response.status,
									redirected: response.redirected,
									whole: (await response.text()).startsWith(starts)
								}))
							)
						),
					DATA_FILES
				);
				expect(served).toEqual(
					DATA_FILES.map(({ path }) => ({ path, status: 200, redirected: false, whole: true }))
				);
			});

			test('an old address without the slash still opens its page, online and offline', async ({
				page,
				context
			}) => {
				await page.goto(`${host.origin}/lessons`);
				await expectPage(
					page,
					host.origin,
					ROUTES.find((route) => route.path === '/lessons/')!
				);
				await page.goto(`${host.origin}/embed?lesson=zhanaozen-state-of-emergency`);
				expect(page.url()).toBe(`${host.origin}/embed/?lesson=zhanaozen-state-of-emergency`);
				await timelineReady(page);

				await workerInCharge(page);
				await context.setOffline(true);
				await page.goto(`${host.origin}/events/zhanaozen-massacre?from=old-link`);
				expect(page.url()).toBe(`${host.origin}/events/zhanaozen-massacre/?from=old-link`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(
					'Security forces kill striking oil workers in Zhanaozen'
				);
			});
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			for (const route of PAGES) {
				test(`${route.name} loads typed and reloaded`, async ({ page }) => {
					const heading = route.headingWithoutScript ?? route.heading;
					expect((await page.goto(host.origin + route.path))?.status()).toBe(200);
					await expectPage(page, host.origin, route, heading);
					expect((await page.reload())?.status()).toBe(200);
					await expectPage(page, host.origin, route, heading);
				});
			}

			test('an old address without the slash is sent on to the page', async ({ page }) => {
				await page.goto(`${host.origin}/sources/kazakh-elections-2012?p=2#p2`);
				expect(page.url()).toBe(`${host.origin}/sources/kazakh-elections-2012/?p=2#p2`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(
					'Kazakh elections take place amid rising social tensions'
				);
			});
		});
	});
}

test.describe('the folder-first host, given a build that writes <path>.html', () => {
	// The layout before trailingSlash: 'always': lessons.html beside the folder lessons/.
	let root: string;
	let origin: string;
	let close: () => Promise<void>;

	test.beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'kz-flat-build-'));
		mkdirSync(join(root, 'lessons'));
		writeFileSync(
			join(root, 'lessons.html'),
			'<!doctype html><title>Lessons</title><h1>Lessons</h1>'
		);
		writeFileSync(join(root, 'lessons', '__data.json'), '{"type":"data"}');
		const server = folderFirstServer(root);
		await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
		origin = `http://localhost:${(server.address() as AddressInfo).port}`;
		close = () => new Promise((closed) => server.close(() => closed()));
	});

	test.afterAll(async () => {
		await close();
		rmSync(root, { recursive: true, force: true });
	});

	test('shows a directory listing for /lessons: the failure trailingSlash fixes', async ({
		page,
		request
	}) => {
		const redirect = await request.get(`${origin}/lessons`, { maxRedirects: 0 });
		expect(redirect.status()).toBe(301);
		expect(redirect.headers()['location']).toBe('/lessons/');
		const response = await page.goto(`${origin}/lessons`);
		expect(response?.status()).toBe(200);
		expect(page.url()).toBe(`${origin}/lessons/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Index of /lessons/');
		await expect(page.getByRole('link', { name: '__data.json' })).toBeVisible();
	});
});
