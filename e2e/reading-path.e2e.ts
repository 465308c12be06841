import { expect, test } from '@playwright/test';
import { screenshot, timelineReady } from './helpers.ts';

// The reading path as new readers met it (issue #27): each test here failed before its fix.

for (const width of [390, 1280])
	test(`an event the filters hide says so, and “Show it” shows it, at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/?event=zhanaozen-massacre&themes=economy');
		await timelineReady(page);
		const notice = page.getByRole('status').filter({ hasText: 'is hidden by the filters' });
		await expect(notice).toContainText(
			'“Security forces kill striking oil workers in Zhanaozen” is hidden by the filters.'
		);
		await screenshot(page, `hidden-event-${width}`);
		await notice.getByRole('button', { name: 'Show it' }).click();
		await expect(notice).toHaveCount(0);
		await expect(page).not.toHaveURL(/themes=/);
		await expect(page).toHaveURL(/event=zhanaozen-massacre/);
		await expect(page.getByText(/^Showing (\d+) of \1 events$/)).toBeVisible();
		await expect(
			page.locator('.narrative [data-event-id="zhanaozen-massacre"][aria-current]')
		).toBeVisible();
	});

test('an event the filters do not hide has no such notice', async ({ page }) => {
	await page.goto('/?event=zhanaozen-massacre&themes=repression');
	await timelineReady(page);
	await expect(
		page.locator('.narrative [data-event-id="zhanaozen-massacre"][aria-current]')
	).toBeVisible();
	await expect(page.getByText('is hidden by the filters')).toHaveCount(0);
});

test('“Skip to the timeline”, the second Tab stop, takes the keyboard to the timeline', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText('Skip to content');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText('Skip to the timeline');
	await expect(page.locator(':focus')).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('application', { name: /^Timeline: \d+ events$/ })).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]event=/);
});
