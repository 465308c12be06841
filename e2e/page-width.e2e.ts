import { expect, test, type Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import { ROUTES } from './routes.ts';

// No page is wider than the screen: what is wider than the page (a table, the timeline's labels)
// scrolls or is clipped inside its own box, so the page itself never scrolls sideways.

const WIDTHS = [320, 390, 768, 1280];
/** Where the explorer turns into its phone layout, with the selected event in a sheet. */
const PHONE_MAX = 760;

/** How the page is wider than the window, if it is. */
async function sidewaysScroll(page: Page, name: string): Promise<string[]> {
	await page.evaluate(() => document.fonts.ready);
	const { scrollWidth, clientWidth } = await page.evaluate(() => {
		const { scrollWidth, clientWidth } = document.documentElement;
		return { scrollWidth, clientWidth };
	});
	return scrollWidth > clientWidth ? [`${name}: ${scrollWidth} px wide in ${clientWidth}`] : [];
}

for (const width of WIDTHS) {
	test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height: 800 });
		const found: string[] = [];
		for (const route of ROUTES) {
			await page.goto(route.path);
			if (route.timeline) await timelineReady(page);
			if (route.path.includes('event=') && !route.embed) {
				// On a phone the selection opens in a sheet over the page; otherwise, beside it.
				const sheet = page.getByRole('dialog', { name: 'Selected event' });
				if (width <= PHONE_MAX) await expect(sheet).toBeVisible();
				else await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
			}
			found.push(...(await sidewaysScroll(page, route.name)));
		}

		// The embed with an event selected: its details, charts and their tables, in the frame.
		await page.goto('/embed?event=zhanaozen-massacre');
		await timelineReady(page);
		await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
		found.push(...(await sidewaysScroll(page, 'the embed with an event selected')));

		await page.goto('/?themes=labour,repression');
		await timelineReady(page);
		await page.getByRole('button', { name: 'Share or embed' }).click();
		await expect(page.frameLocator('iframe.preview').locator('.canvas.ready')).toBeVisible();
		found.push(...(await sidewaysScroll(page, 'the share dialog')));
		expect(found).toEqual([]);
	});
}
