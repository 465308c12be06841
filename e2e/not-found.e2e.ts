import { expect, test, type Page } from '@playwright/test';
import { FOLDER_FIRST } from './ports.ts';

const unknownPaths = [
	'/events/no-such-event/',
	'/sources/no-such-source/',
	'/lessons/nope/',
	'/x/y/z/'
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
		await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakh elections');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('reads the same', async ({ page }) => {
			const response = await page.goto('/events/no-such-event/');
			expect(response?.status()).toBe(404);
			await expectNotFoundPage(page, '/events/no-such-event/');
		});
	});
});

// A static host answers with build/404.html, as GitHub Pages, Netlify, nginx's error_page and
// Caddy's handle_errors do: here the folder-first host of e2e/folder-first-server.mjs.
test.describe('an unknown address on a static host', () => {
	const unknown = ['/x/y/z', '/events/no-such-event/', '/lessons/nope', '/events.json/'];

	/** The site's own 404 page, with its whole header and footer. */
	async function expectNotFound(page: Page) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		const nav = page.getByRole('navigation', { name: 'Site' });
		for (const name of ['Explorer', 'Lessons', 'Figures', 'Source']) {
			await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
		}
		await expect(page.getByRole('contentinfo')).toContainText('Clara Weiss');
		await expect(page.getByRole('main').getByRole('link', { name: 'The source' })).toBeVisible();
	}

	test('answers 404 with the site’s 404 page, whose links work from any depth', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		for (const path of unknown) {
			const response = await page.goto(FOLDER_FIRST + path);
			expect(response?.status(), path).toBe(404);
			await expectNotFound(page);
			await expect(page.getByRole('main')).toContainText(`Nothing is at ${path}.`);
		}
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'Lessons' })
			.click();
		await expect(page).toHaveURL(`${FOLDER_FIRST}/lessons/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
		expect(errors).toEqual([]);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('reads the same, and its links work from three folders down', async ({ page }) => {
			expect((await page.goto(`${FOLDER_FIRST}/x/y/z`))?.status()).toBe(404);
			await expectNotFound(page);
			await expect(page.getByRole('main')).toContainText('Nothing is at this address.');
			await page.getByRole('main').getByRole('link', { name: 'The source' }).click();
			await expect(page).toHaveURL(`${FOLDER_FIRST}/sources/kazakh-elections-2012/`);
		});
	});
});
