import { expect, test, type Page } from '@playwright/test';
import { content } from './content.ts';
import { screenshot, shownWindow, timelineItem, timelineReady } from './helpers.ts';
import { boxInDrawing, scrollStoryTo, storyPointer } from './reading.ts';

// Reading the story never loses the reader: whatever they do, the event being read (or the one
// selected) is drawn whole on the timeline, inside both its window and the rows in view.

const WIDTHS = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
	{ name: 'phone', viewport: { width: 390, height: 844 }, touch: true }
] as const;

const events = content.events;

for (const { name, viewport, touch } of WIDTHS) {
	test.describe(`reading the whole story at ${name} width`, () => {
		// One page for the whole story, read from top to bottom as a reader would. In order, in
		// one worker; a failure starts a fresh page for the events after it.
		test.describe.configure({ mode: 'default' });
		let page: Page;

		test.beforeAll(async ({ browser }) => {
			page = await browser.newPage({ viewport, hasTouch: touch });
			await page.goto('/');
			await timelineReady(page);
			await page.mouse.move(...storyPointer(viewport));
		});
		test.afterAll(async () => {
			await page.close();
		});

		for (const [index, event] of events.entries()) {
			const label = `${index + 1} of ${events.length}, ${event.id}`;

			test(`${label}: scrolled to, it is whole in view on the timeline`, async () => {
				await scrollStoryTo(page, event.id, viewport);
				await expect(timelineItem(page, event.id)).toHaveClass(/is-current/);
				await expect.poll(() => boxInDrawing(page, event.id)).toBe('inside');
			});

			test(`${label}: chosen and zoomed in five times, it stays whole in view`, async () => {
				const zoomIn = page.getByRole('button', { name: 'Zoom in' });
				// Chosen on the timeline, where the reader sees it (on a phone the story's title is
				// under the timeline by then, as the reading line is just below it).
				await timelineItem(page, event.id).click();
				if (touch) {
					// On a phone the details are a sheet over the page; closed, the timeline zooms
					// around the event chosen last.
					const sheet = page.getByRole('dialog', { name: 'Selected event' });
					await sheet.getByRole('button', { name: /^Close/ }).click();
					await expect(sheet).toBeHidden();
				} else {
					await expect(page.getByRole('region', { name: 'Selected event' })).toContainText(
						event.title
					);
					await expect(timelineItem(page, event.id)).toHaveClass(/vis-selected/);
				}
				for (let press = 0; press < 5; press++) await zoomIn.click();
				await expect.poll(() => boxInDrawing(page, event.id)).toBe('inside');
				await page.mouse.move(...storyPointer(viewport));
			});
		}

		test('the last events, read from the whole period: a picture of it', async () => {
			const [penultimate, last] = events.slice(-2).map((event) => event.id);
			if (!touch) await page.getByRole('button', { name: /^Close/ }).click();
			await page.getByRole('button', { name: 'Fit all' }).click();
			await expect.poll(async () => (await shownWindow(page))?.from ?? '').toMatch(/^19/);
			await scrollStoryTo(page, penultimate!, viewport);
			await scrollStoryTo(page, last!, viewport);
			await expect.poll(() => boxInDrawing(page, last!)).toBe('inside');
			await screenshot(page, `reading-last-events-${name}`);
		});
	});
}
