import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { timelineReady, workerInCharge } from './helpers.ts';
import { SITE, SUBPATH_PORT } from './ports.ts';

test.use({ serviceWorkers: 'allow' });

/** Visits once, waits until the service worker controls the page, then cuts the network. */
async function visitThenGoOffline(page: Page, context: BrowserContext, home: string) {
	await page.goto(home);
	await timelineReady(page);
	await workerInCharge(page);
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

test('after one visit, the explorer, an event and a lesson work with the network off', async ({
	page,
	context
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await visitThenGoOffline(page, context, `${SITE}/`);

	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await timelineReady(page);
	await page.getByRole('button', { name: 'Only Labour and strikes' }).click();
	await expect(page.getByText(/Showing 3 of \d+ events/)).toBeVisible();

	// A query string is the same page to the cache.
	const home = await page.goto(`${SITE}/?event=zhanaozen-massacre&themes=repression`);
	expect(home?.fromServiceWorker()).toBe(true);
	await timelineReady(page);
	await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('Zhanaozen');

	const response = await page.goto(`${SITE}/events/zhanaozen-massacre/`);
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Security forces kill striking oil workers in Zhanaozen'
	);
	await page
		.getByRole('link', { name: /Show in source/ })
		.first()
		.click();
	await expect(page.locator('#p1 mark')).toBeVisible();

	await page.goto(`${SITE}/lessons/zhanaozen-state-of-emergency/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Zhanaozen and the state of emergency'
	);
	await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible();
	expect(errors).toEqual([]);

	// The control: what the build did not write is not in the cache, and the network is off.
	const uncached = await page.goto(`${SITE}/not-in-the-build.txt`).then(
		() => 'loaded',
		(error: Error) => error.message
	);
	expect(uncached).toMatch(/net::ERR_/);
});

test('under a sub-path, the worker caches and serves that path', async ({ page, context }) => {
	const base = `http://localhost:${SUBPATH_PORT}/kz-timeline`;
	await visitThenGoOffline(page, context, `${base}/`);
	const cached = await page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys[0]!);
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	expect(cached).toContain('/kz-timeline/lessons/');
	expect(cached.every((path) => path.startsWith('/kz-timeline/'))).toBe(true);

	const lessons = await page.goto(`${base}/lessons/`);
	expect(lessons?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
	const embed = await page.goto(`${base}/embed/?lesson=zhanaozen-state-of-emergency`);
	expect(embed?.fromServiceWorker()).toBe(true);
	await timelineReady(page);
});
