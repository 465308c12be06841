import { expect, test } from '@playwright/test';
import { screenshot, timelineItem, timelineReady, windowDays, windowFromUrl } from './helpers.ts';
import { EVENT_COUNT } from './content.ts';

test.describe('the zoomable timeline', () => {
	test('zoom buttons change the visible window, and the URL records it', async ({ page }) => {
		await page.goto('/?from=2000-01-01&to=2011-12-31');
		await timelineReady(page);
		const before = windowDays(windowFromUrl(page)!);

		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => windowDays(windowFromUrl(page)!)).toBeLessThan(before * 0.6);
		const zoomedIn = windowDays(windowFromUrl(page)!);

		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(() => windowDays(windowFromUrl(page)!)).toBeGreaterThan(zoomedIn * 1.6);

		// The whole period is the default view, which the address leaves out.
		await page.getByRole('button', { name: 'Fit all' }).click();
		await expect.poll(() => windowFromUrl(page)).toBeNull();
	});

	test('the keyboard zooms and pans the focused timeline', async ({ page }) => {
		await page.goto('/?from=2000-01-01&to=2005-12-31');
		await timelineReady(page);
		const canvas = page.getByRole('application', { name: /Timeline/ });
		await canvas.focus();

		await page.keyboard.press('+');
		await expect.poll(() => windowDays(windowFromUrl(page)!)).toBeLessThan(1500);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		await expect.poll(() => windowDays(windowFromUrl(page)!)).toBeGreaterThan(3000);

		const from = windowFromUrl(page)!.from;
		await page.keyboard.press('Shift+ArrowRight');
		await expect.poll(() => windowFromUrl(page)!.from > from).toBe(true);
	});

	test('scrolling an item into view leaves the items where the engine placed them', async ({
		page
	}) => {
		// As a retried click, find-in-page or a screen reader may: the boxes the engine draws in
		// must not scroll sideways under it, or its items leave the axis and the window it reckons
		// with (a label then hidden as if its item were off the left edge).
		await page.goto('/?from=2000-01-01&to=2011-12-31');
		await timelineReady(page);
		const item = timelineItem(page, 'health-education-report');
		const left = () =>
			item.evaluate((node) => {
				const panel = node.closest('.vis-panel')!.getBoundingClientRect();
				return Math.round(node.getBoundingClientRect().left - panel.left);
			});
		const before = await left();
		expect(before).toBeGreaterThan(100);
		for (const inline of ['start', 'center', 'end'] as const) {
			await item.evaluate(
				(node, inline) => node.scrollIntoView({ block: 'nearest', inline, behavior: 'instant' }),
				inline
			);
			expect(await left()).toBe(before);
		}
	});

	test('clicking the Zhanaozen item opens its details with the quote', async ({ page }) => {
		await page.goto('/?from=2011-10-01&to=2012-02-28');
		await timelineReady(page);
		await timelineItem(page, 'zhanaozen-massacre').click();

		await expect(page).toHaveURL(/event=zhanaozen-massacre/);
		// On a desktop the details open in the event's own story entry, under its h3 title.
		const details = page.getByRole('region', { name: 'Selected event' });
		await expect(details.getByRole('heading', { level: 3 })).toHaveText(
			'Security forces kill striking oil workers in Zhanaozen'
		);
		await expect(details.locator('time').first()).toHaveText('16 December 2011');
		await expect(details.locator('blockquote').first()).toContainText(
			'security forces massacred at least 17 striking oil workers'
		);
		await expect(details).toContainText('17');
		await expect(details).toContainText('(human rights organisations)');
		await screenshot(page, 'timeline-selected-desktop');
	});

	test('"Show in source" lands on the quote, marked and in view', async ({ page }) => {
		await page.goto('/?event=state-of-emergency-extended');
		const details = page.getByRole('region', { name: 'Selected event' });
		await details
			.getByRole('link', { name: /Show in source/ })
			.first()
			.click();

		await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012\/\?p=9&/);
		const mark = page.locator('#p9 mark');
		await expect(mark).toContainText('Nazarbayev extended the state of emergency');
		await expect(mark).toBeInViewport();
		await page.goBack();
		await expect(page).toHaveURL(/event=state-of-emergency-extended/);
	});

	test('the source reader opens at a paragraph on its own', async ({ page }) => {
		await page.goto('/sources/kazakh-elections-2012/#p12');
		await expect(page.locator('#p12')).toBeInViewport();
		await expect(page.locator('#reader li')).toHaveCount(16);
	});

	test('?event= survives a reload, and back steps through selections', async ({ page }) => {
		await page.goto('/?event=zhanaozen-massacre');
		await timelineReady(page);
		await expect(timelineItem(page, 'zhanaozen-massacre')).toHaveClass(/vis-selected/);
		await page.reload();
		await timelineReady(page);
		await expect(timelineItem(page, 'zhanaozen-massacre')).toHaveClass(/vis-selected/);
		await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('Zhanaozen');

		await page.getByRole('button', { name: /Next/ }).click();
		await expect(page).toHaveURL(/event=state-of-emergency-extended/);
		await page.goBack();
		await expect(page).toHaveURL(/event=zhanaozen-massacre/);
		await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('Zhanaozen');
	});

	test('bad values in the URL are ignored with a notice', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/?event=nowhere&from=2011-02-31&to=2012-01-01&themes=weather');
		await timelineReady(page);
		await expect(page.getByText('There is no event “nowhere”')).toBeVisible();
		await expect(
			page.getByText(/time window in the link was not a pair of real dates/)
		).toBeVisible();
		await expect(page.getByText('Unknown theme “weather” ignored.')).toBeVisible();
		await expect(page.getByText(`Showing ${EVENT_COUNT} of ${EVENT_COUNT} events`)).toBeVisible();
		expect(errors).toEqual([]);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('details open as a sheet that can be closed', async ({ page }) => {
		await page.goto('/?from=2011-10-01&to=2012-02-28');
		await timelineReady(page);
		await timelineItem(page, 'zhanaozen-massacre').tap();
		const sheet = page.getByRole('dialog', { name: 'Selected event' });
		await expect(sheet).toBeVisible();
		await screenshot(page, 'timeline-selected-phone');
		await sheet.getByRole('button', { name: /Close/ }).click();
		await expect(sheet).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
	});
});
