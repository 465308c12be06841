import { expect, test, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { folderFirstServer } from './folder-first-server.mjs';
import { workerInCharge } from './helpers.ts';
import { FOLDER_FIRST } from './ports.ts';

// The worker keeps only the site's own, whole and successful responses; these tests run on the
// folder-first host, which answers with the things it must not keep: 301s to a folder's slash,
// directory listings (200 text/html) and 404s.
test.use({ serviceWorkers: 'allow' });

/** Every entry of every cache: its path, status, whether it followed a redirect, and its kind. */
function cacheEntries(page: Page) {
	return page.evaluate(async () => {
		const entries = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = (await cache.match(request))!;
				const html = response.headers.get('content-type')?.startsWith('text/html')
					? await response.text()
					: null;
				entries.push({
					cache: name,
					path: new URL(request.url).pathname,
					status: response.status,
					redirected: response.redirected,
					page: html === null ? null : html.includes('<meta name="generator" content="kz-timeline"')
				});
			}
		}
		return entries;
	});
}

test('keeps every page and file of the build, and no redirect, listing or 404', async ({
	page
}) => {
	await page.goto(`${FOLDER_FIRST}/`);
	await workerInCharge(page);
	// What the host answers for these: a 301 to a listing, a listing, a 404; online, so the
	// worker fetches them and must decide not to keep them.
	for (const [path, status] of [
		['/_app', 200],
		['/_app/immutable/', 200],
		['/x/y/z', 404],
		['/events/no-such-event/', 404]
	] as const) {
		expect((await page.goto(FOLDER_FIRST + path))?.status(), path).toBe(status);
	}
	await page.evaluate(() => Promise.all(['/_app', '/nope.json'].map((path) => fetch(path))));

	const entries = await cacheEntries(page);
	const paths = entries.map((entry) => entry.path);
	expect(paths).toEqual(
		expect.arrayContaining(['/', '/lessons/', '/events/zhanaozen-massacre/', '/events.json'])
	);
	for (const path of ['/_app', '/_app/', '/_app/immutable/', '/x/y/z', '/nope.json']) {
		expect(paths, path).not.toContain(path);
	}
	expect(paths).not.toContain('/events/no-such-event/');
	// /404 is the error page, prerendered as 404.html: a page of the build, but not one to keep.
	expect(paths).not.toContain('/404');
	expect(entries.filter((entry) => entry.status !== 200 || entry.redirected)).toEqual([]);
	expect(entries.filter((entry) => entry.page === false)).toEqual([]);
});

test('serves no bad entry from its cache: it drops it and fetches the page again', async ({
	page
}) => {
	await page.goto(`${FOLDER_FIRST}/`);
	await workerInCharge(page);
	// A listing is as "successful" as a page: 200, text/html, this origin, no redirect.
	const planted = await page.evaluate(async () => {
		const cache = await caches.open((await caches.keys())[0]!);
		const listing = await fetch('/_app/');
		await cache.put('/lessons/', listing);
		return (await (await cache.match('/lessons/'))!.text()).includes('Index of /_app/');
	});
	expect(planted).toBe(true);

	const response = await page.goto(`${FOLDER_FIRST}/lessons/`);
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
	const lessons = (await cacheEntries(page)).filter((entry) => entry.path === '/lessons/');
	expect(lessons.map((entry) => entry.page)).toEqual([true]);
});

test.describe('a worker left by an older build', () => {
	// An older build's worker, as the site had before these checks, on a host that served a
	// listing for the lessons: it kept whatever came back and serves it from then on.
	const OLD_WORKER = `
		self.addEventListener('install', (event) => {
			event.waitUntil(
				caches.open('kz-timeline-old-build').then(async (cache) => {
					await cache.put('/lessons/', await fetch('/_app/'));
					await cache.put('/figures/', await fetch('/_app'));
					await self.skipWaiting();
				})
			);
		});
		self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
		self.addEventListener('fetch', (event) => {
			const path = new URL(event.request.url).pathname;
			event.respondWith(caches.match(path).then((hit) => hit ?? fetch(event.request)));
		});
	`;
	const deployed = new Map<string, { type: string; body: string }>();
	let origin: string;
	let close: () => Promise<void>;

	test.beforeAll(async () => {
		const server = folderFirstServer('build', deployed);
		await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
		origin = `http://localhost:${(server.address() as AddressInfo).port}`;
		close = () =>
			new Promise((closed) => {
				server.closeAllConnections();
				server.close(() => closed());
			});
	});

	test.afterAll(() => close());

	test('is replaced on the next visit, and its caches are cleared', async ({ page, context }) => {
		deployed.set('/service-worker.js', { type: 'text/javascript', body: OLD_WORKER });
		await page.goto(`${origin}/`);
		await workerInCharge(page);
		// The failure as the issue describes it: the page's address shows a listing.
		await page.goto(`${origin}/lessons/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Index of /_app/');
		// …and an address whose kept response followed a redirect cannot be opened at all ("This
		// site can't be reached"), here in a tab of its own, which the error page is left in.
		const tab = await context.newPage();
		const figures = await tab.goto(`${origin}/figures/`).then(
			() => 'loaded',
			(error: Error) => error.message
		);
		expect(figures).toMatch(/net::ERR_FAILED/);
		await tab.close();

		// The new build is deployed, and the teacher comes back.
		deployed.clear();
		await page.goto(`${origin}/`);
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
			.toEqual([expect.stringMatching(/^kz-timeline-\d+$/)]);

		for (const [path, heading] of [
			['/lessons/', 'Lessons'],
			['/figures/', 'Figures']
		]) {
			const response = await page.goto(origin + path);
			expect(response?.fromServiceWorker(), path).toBe(true);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
		}
	});
});
