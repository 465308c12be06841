import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const unknownPaths = [
	'/events/no-such-event',
	'/sources/no-such-source',
	'/lessons/nope',
	'/x/y/z'
];

async function expectNotFoundPage(page: Page, path: string) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main')).toContainText(`Nothing is at ${path}.`);
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	const main = page.getByRole('main');
	for (const name of ['The explorer', 'Lessons', 'The source', 'Figures']) {
		await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
	}
}

test.describe('an unknown address', () => {
	test('answers 404 with the error page, inside the site’s layout', async ({ page }) => {
		for (const path of unknownPaths) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expectNotFoundPage(page, path);
		}
		await page.getByRole('main').getByRole('link', { name: 'The source' }).click();
		await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakh elections');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('reads the same', async ({ page }) => {
			const response = await page.goto('/events/no-such-event');
			expect(response?.status()).toBe(404);
			await expectNotFoundPage(page, '/events/no-such-event');
		});
	});
});

/** Serves build/404.html for the path, as GitHub Pages, Netlify and most static hosts do. */
async function asStaticHost(page: Page, path: string) {
	const html = readFileSync('build/404.html', 'utf8');
	await page.route(
		(url) => url.pathname.startsWith(path),
		(route) => route.fulfill({ status: 404, contentType: 'text/html', body: html })
	);
}

test.describe('404.html on a static host', () => {
	test('the client draws the error page, though it cannot fetch the layout’s data', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await asStaticHost(page, '/events/no-such-event');
		await page.goto('/events/no-such-event');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('main')).toContainText('Nothing is at /events/no-such-event.');
		expect(errors).toEqual([]);
		await page.getByRole('main').getByRole('link', { name: 'Lessons' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('shows the message and links home', async ({ page }) => {
			await asStaticHost(page, '/events/no-such-event');
			await page.goto('/events/no-such-event');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page.getByRole('link', { name: 'The explorer' })).toHaveAttribute('href', '/');
			await page.getByRole('link', { name: 'Lessons' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
		});
	});
});
