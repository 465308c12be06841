import { expect, test } from '@playwright/test';
import { embedOnHost, timelineItem, timelineReady } from './helpers.ts';
import { HOST_PORT, SITE, SUBPATH_PORT } from './ports.ts';

const lessonEmbed = `${SITE}/embed/?lesson=zhanaozen-state-of-emergency`;

test.describe('embedded on another origin', () => {
	test('renders, sends a plausible height, and links back with its state', async ({
		page,
		context
	}) => {
		await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(lessonEmbed)}`);
		const frame = page.frameLocator('#kz');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Kazakhstan 1990–2012');
		await expect(frame.getByText('Zhanaozen and the state of emergency')).toBeVisible();
		await expect(frame.getByText('Showing 4 of 4 events in this lesson')).toBeVisible();
		await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();

		await expect
			.poll(() =>
				page.evaluate(
					() => (window as unknown as { resizes: { height: number }[] }).resizes.at(-1)?.height ?? 0
				)
			)
			.toBeGreaterThan(600);
		const last = await page.evaluate(() =>
			(window as unknown as { resizes: { height: number; origin: string }[] }).resizes.at(-1)!
		);
		expect(last.height).toBeLessThan(5000);
		expect(last.origin).toBe(SITE);
		await expect(page.locator('#kz')).toHaveJSProperty('offsetHeight', last.height);

		await frame.getByRole('button', { name: /^Next/ }).click();
		const embedFrame = page.frames().find((candidate) => candidate.url().includes('/embed'))!;
		await expect.poll(() => new URL(embedFrame.url()).searchParams.get('event')).not.toBeNull();
		const selectedInEmbed = new URL(embedFrame.url()).searchParams.get('event')!;
		// Reading the link rather than clicking it: a popup from a cross-origin frame is at the
		// mercy of the popup blocker when tests run side by side.
		const back = frame.getByRole('link', { name: /Open in full explorer/ });
		await expect(back).toHaveAttribute('target', '_blank');
		await expect(back).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(back).toHaveAttribute('href', /event=/);
		const href = new URL((await back.getAttribute('href'))!, embedFrame.url()).href;
		const full = await context.newPage();
		await full.goto(href);
		const url = new URL(full.url());
		expect(url.origin).toBe(SITE);
		expect(url.pathname).toBe('/');
		expect(url.searchParams.get('lesson')).toBe('zhanaozen-state-of-emergency');
		expect(url.searchParams.get('event')).toBe(selectedInEmbed);
		await expect(full.getByText('Lesson: Zhanaozen and the state of emergency')).toBeVisible();
		await expect(full.locator('.vis-item.vis-selected[data-id]')).toHaveAttribute(
			'data-id',
			selectedInEmbed
		);
		// The host answers every height it is sent, as the helper once did: the embed sends again
		// only on the first answer, so the two did not trade messages all through the test.
		const sent = await page.evaluate(
			() => (window as unknown as { resizes: unknown[] }).resizes.length
		);
		expect(sent).toBeLessThan(20);
	});

	test('draws its timeline in a quiet host page, whatever the address', async ({ page }) => {
		// vis-timeline shows itself only on a redraw after its first range change; a host page
		// that does nothing once it has sized the frame once left the timeline blank.
		for (const query of ['', '?event=zhanaozen-massacre&themes=labour,repression']) {
			const src = `${SITE}/embed${query}`;
			await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(src)}`);
			const frame = page.frameLocator('#kz');
			await expect(frame.locator('.canvas.ready .vis-timeline'), query).toBeVisible();
			await expect(frame.locator('.canvas.ready .vis-item').first(), query).toBeVisible();
		}
	});

	test('keeps the whole period in view while the story box scrolls through what it shows', async ({
		page
	}) => {
		const frame = await embedOnHost(page, `${SITE}/embed`, HOST_PORT);
		// Reading on to the second entry, which the whole-period window already shows: the
		// timeline must not move to centre it and push the last events out of the window.
		const second = frame.locator('.entry').nth(1);
		const secondId = (await second.getAttribute('data-event-id'))!;
		await frame.locator('section.narrative').evaluate((box, id) => {
			const entry = box.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!;
			// The reading line sits 30% of the way down the story box (ExplorerView's readingLine).
			const frameBox = box.getBoundingClientRect();
			const line = frameBox.top + Math.min(frameBox.height, innerHeight) * 0.3;
			box.scrollBy(0, entry.getBoundingClientRect().top - line + 10);
		}, secondId);
		await expect(second).toHaveClass(/current/);
		await page.waitForTimeout(600); // longer than the 350 ms reveal animation
		const canvas = (await frame.locator('.canvas').boundingBox())!;
		for (const id of ['nazarbayev-comes-to-power', 'two-party-system-2015']) {
			const item = (await frame.locator(`.vis-item[data-id="${id}"]`).boundingBox())!;
			expect(item, id).not.toBeNull();
			expect(item.x, id).toBeGreaterThanOrEqual(canvas.x - 1);
			expect(item.x, id).toBeLessThan(canvas.x + canvas.width);
		}
	});

	test('steps through a lesson in the teacher’s order, not date order', async ({ page }) => {
		await page.goto('/embed/?lesson=elections-under-pressure');
		await timelineReady(page);
		const order = await page
			.locator('.narrative [data-event-id]')
			.evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.eventId));
		expect(order.length).toBeGreaterThan(2);
		for (const id of order.slice(0, 3)) {
			await page.getByRole('button', { name: /^Next/ }).click();
			await expect(page).toHaveURL(new RegExp(`event=${id}(&|$)`));
		}
	});

	test('the view option shows the timeline alone or the story alone', async ({ page }) => {
		await page.goto('/embed/?view=timeline');
		await timelineReady(page);
		await expect(page.locator('.narrative')).toHaveCount(0);
		await page.goto('/embed/?view=narrative');
		await expect(page.locator('.narrative')).toBeVisible();
		await expect(page.locator('.canvas')).toHaveCount(0);
	});

	test('the embed carries no site chrome and ignores messages sent to it', async ({ page }) => {
		await page.goto('/embed/?event=zhanaozen-massacre');
		await timelineReady(page);
		await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(0);
		await page.evaluate(() => {
			window.postMessage({ type: 'kz-timeline:select', event: 'massimov-interview' }, '*');
			window.postMessage('javascript:alert(1)', '*');
		});
		await page.waitForTimeout(200);
		await expect(page).toHaveURL(/event=zhanaozen-massacre/);
		await expect(timelineItem(page, 'zhanaozen-massacre')).toHaveClass(/vis-selected/);
	});
});

test.describe('served under a sub-path', () => {
	test('the explorer, the embed and their links work under BASE_PATH', async ({ page }) => {
		const base = `http://localhost:${SUBPATH_PORT}/kz-timeline`;
		await page.goto(`${base}/embed/?lesson=zhanaozen-state-of-emergency`);
		await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible();
		const back = page.getByRole('link', { name: /Open in full explorer/ });
		expect(new URL((await back.getAttribute('href'))!, page.url()).pathname).toBe('/kz-timeline/');

		await page.goto(`${base}/`);
		await page.getByRole('link', { name: 'Nursultan Nazarbayev comes to power' }).click({
			modifiers: ['Shift']
		});
		await page.goto(`${base}/events/zhanaozen-massacre/`);
		await page
			.getByRole('link', { name: /Show in source/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/kz-timeline\/sources\/kazakh-elections-2012\/\?p=1&/);
		await expect(page.locator('#p1 mark')).toBeVisible();
	});
});

test.describe('the share dialog', () => {
	test('its iframe code reproduces the current view', async ({ page, context }) => {
		await page.goto('/?themes=labour,repression&q=oil&event=zhanaozen-massacre');
		await timelineReady(page);
		const count = (await page.getByText(/^Showing \d+ of \d+ events/).textContent())!.trim();
		const opener = page.getByRole('button', { name: 'Share or embed' });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
		await expect(dialog).toBeVisible();

		await dialog.getByLabel('Show').selectOption('timeline');
		await dialog.getByLabel('Height in pixels').fill('720');
		const code = await dialog.getByLabel('Code to paste').inputValue();
		const src = await page.evaluate((html) => {
			const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
			return { src: frame.getAttribute('src')!, height: frame.getAttribute('height') };
		}, code);
		expect(src.height).toBe('720');
		const embedUrl = new URL(src.src);
		expect(embedUrl.pathname).toBe('/embed/');
		expect(Object.fromEntries(embedUrl.searchParams)).toMatchObject({
			themes: 'labour,repression',
			q: 'oil',
			event: 'zhanaozen-massacre',
			view: 'timeline'
		});

		const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
		expect(new URL(link).searchParams.get('event')).toBe('zhanaozen-massacre');

		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await dialog.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(dialog.getByText('Embed code copied')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

		const preview = page.frameLocator('iframe.preview');
		await expect(preview.getByText(count)).toBeVisible();

		const embedded = await context.newPage();
		await embedded.goto(src.src);
		await expect(embedded.locator('.canvas.ready .vis-item.vis-selected[data-id]')).toHaveAttribute(
			'data-id',
			'zhanaozen-massacre'
		);
		await expect(embedded.getByText(count)).toBeVisible();

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
	});
});
