import { expect, test, type Page } from '@playwright/test';
import { holdRequests, screenshot, timelineReady, windowDays, windowFromUrl } from './helpers.ts';

interface ExportedEvent {
	id: string;
	date: string;
	title: string;
	themes: string[];
}

/**
 * Routes the chunk that carries vis-timeline (told by a class name only it has) through
 * `engine`: it returns false to fail the download, true to let it through. Other chunks pass.
 */
async function routeEngine(page: Page, engine: () => Promise<boolean>) {
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('vis-item-overflow') && !(await engine())) return await route.abort();
			await route.fulfill({ response, body });
		} catch (error) {
			// A test that ends while a chunk is held closes its page under the handler, whose
			// response is then disposed: nothing is left to answer. Anything else is a failure.
			if (!page.isClosed()) throw error;
		}
	});
}

/** Holds back the engine until `release` is called. */
async function holdEngine(page: Page): Promise<() => void> {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await routeEngine(page, () => released.then(() => true));
	return release;
}

const picture = (page: Page) => page.locator('.canvas .picture');

/** The picture's labels, and where each starts, in percent of the width. */
async function pictureLabels(page: Page) {
	return picture(page)
		.locator('.label')
		.evaluateAll((labels) =>
			labels.map((label) => ({
				title: label.querySelector('.title')?.textContent ?? '',
				left: parseFloat((label as HTMLElement).style.left)
			}))
		);
}

test.describe('the timeline before its engine has loaded', () => {
	let events: ExportedEvent[] = [];
	test.beforeAll(async ({ request }) => {
		events = (await (await request.get('/events.json')).json()).events;
	});

	test('without JavaScript, the page draws every event on a time axis', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(picture(page)).toBeVisible();
		// Without JavaScript nothing answers to keys, so it is not an application: a named group of
		// the events' links (an image may hold no links).
		await expect(
			page.getByRole('group', { name: `Timeline: ${events.length} events` })
		).toBeVisible();
		await expect(page.getByRole('img', { name: /^Timeline/ })).toHaveCount(0);
		await expect(page.getByRole('application')).toHaveCount(0);
		const labels = await pictureLabels(page);
		expect(labels.map((label) => label.title).sort()).toEqual(
			events.map((event) => event.title).sort()
		);
		// Events come in date order, so their places on the axis never go backwards.
		const places = events.map((event) => labels.find((label) => label.title === event.title)!);
		for (let index = 1; index < places.length; index++) {
			expect(places[index]!.left).toBeGreaterThanOrEqual(places[index - 1]!.left);
		}
		await expect(picture(page).locator('.tick').first()).toHaveText('1990');
		// Playwright's text locators skip <noscript>, so the note is found by its place.
		const note = page.locator('.canvas .placeholder');
		await expect(note).toBeVisible();
		await expect(note).toHaveText(
			/^A still picture: zooming needs JavaScript\. Each event links to its page/
		);
		await context.close();
	});

	for (const width of [1280, 390]) {
		test(`at ${width} px wide, no label runs into another thing`, async ({ browser }) => {
			const context = await browser.newContext({
				javaScriptEnabled: false,
				viewport: { width, height: 900 }
			});
			const page = await context.newPage();
			await page.goto('/');
			await expect(picture(page)).toBeVisible();
			// Each thing is its bar or dot and its label: compare every label with everything but
			// its own bar or dot.
			const overlaps = await picture(page).evaluate((root) => {
				const boxes = [...root.querySelectorAll<HTMLElement>('[data-picture-id]')].map((part) => ({
					id: part.dataset.pictureId,
					label: part.classList.contains('label'),
					text: part.textContent?.trim() ?? '',
					box: part.getBoundingClientRect()
				}));
				const found: string[] = [];
				for (const a of boxes) {
					if (!a.label) continue;
					for (const b of boxes) {
						if (b.id === a.id) continue;
						const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
						const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
						if (overlapX > 0.5 && overlapY > 0.5) found.push(`${a.text} / ${b.text || 'a mark'}`);
					}
				}
				return { found, labels: boxes.filter((entry) => entry.label).length };
			});
			expect(overlaps.labels).toBe(events.length);
			expect(overlaps.found).toEqual([]);
			await context.close();
		});
	}

	test('while the engine loads, the picture follows the address and says it is loading', async ({
		page
	}) => {
		const release = await holdEngine(page);
		await page.goto('/?themes=labour');
		const labour = events.filter((event) => event.themes.includes('labour'));
		expect(labour.length).toBeGreaterThan(0);
		expect(labour.length).toBeLessThan(events.length);
		await expect(page.getByText('Loading the timeline…')).toBeVisible();
		await expect(page.getByRole('application', { name: /Timeline/ })).toHaveAccessibleName(
			`Timeline: ${labour.length} events`
		);
		await expect(picture(page).locator('.label')).toHaveCount(labour.length);
		expect((await pictureLabels(page)).map((label) => label.title).sort()).toEqual(
			labour.map((event) => event.title).sort()
		);
		await expect(page.locator('.canvas.ready')).toHaveCount(0);

		release();
		await timelineReady(page);
		await expect(picture(page)).toHaveCount(0);
		await expect(page.getByText('Loading the timeline…')).toHaveCount(0);
	});

	test('with the engine held back, the picture selects, steps and takes a zoom for later', async ({
		page
	}) => {
		const release = await holdEngine(page);
		await page.goto('/');
		// Hydrated: the picture now answers.
		await expect(page.getByText('Loading the timeline…')).toBeVisible({ timeout: 15_000 });
		const details = page.getByRole('region', { name: 'Selected event' });
		const [first, second] = [events[0]!, events[1]!];

		// A click on an item's label opens that event's details, in the page.
		await picture(page).locator(`.label[data-picture-id="${first.id}"]`).click();
		await expect(details.getByRole('heading').first()).toHaveText(first.title);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(picture(page).locator(`.label.selected`)).toHaveAttribute(
			'data-picture-id',
			first.id
		);
		await screenshot(page, 'picture-selected-1280');

		// The timeline has the focus, and its keys work: → steps to the next event.
		await expect(page.getByRole('application', { name: /Timeline/ })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(details.getByRole('heading').first()).toHaveText(second.title);
		await page.keyboard.press('End');
		await expect(details.getByRole('heading').first()).toHaveText(events.at(-1)!.title);
		await page.keyboard.press('Home');
		await expect(details.getByRole('heading').first()).toHaveText(first.title);

		// Zooming needs the engine: the press is kept, and said to be waiting.
		const before = windowFromUrl(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(page.getByText('Zoom is loading…')).toBeVisible();
		await expect(page.locator('.canvas.ready')).toHaveCount(0);
		// And from the keys, on the timeline, which keeps the focus when the engine takes over.
		await page.getByRole('application', { name: /Timeline/ }).focus();
		await page.keyboard.press('+');

		release();
		await timelineReady(page);
		await expect(page.getByText('Zoom is loading…')).toHaveCount(0);
		// Once the engine is in, it zooms, and the selection and focus carried over. (The zoom is
		// around the window's centre, so the engine may not draw the selected item itself.)
		await expect(details.getByRole('heading').first()).toHaveText(first.title);
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(first.id);
		await expect(page.getByRole('application', { name: /Timeline/ })).toBeFocused();
		await expect.poll(() => windowFromUrl(page)).not.toBeNull();
		const after = windowFromUrl(page)!;
		expect(windowDays(after)).toBeLessThan(before ? windowDays(before) : 23 * 365);
	});

	test('before any script of the page has run, the picture keeps a click and keys, and the page carries them out', async ({
		page
	}) => {
		const release = await holdRequests(page, '**/_app/immutable/**/*.js');
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		const [, second, third] = [events[0]!, events[1]!, events[2]!];
		const item = picture(page).locator(`[data-picture-id="${second.id}"]`);

		// The click is shown as a selection at once, and its link is not followed.
		await item.locator('visible=true').and(page.locator('.label')).click();
		await expect(page.locator('[data-early-selected]')).toHaveCount(await item.count());
		for (const part of await page.locator('[data-early-selected]').all()) {
			await expect(part).toHaveAttribute('data-picture-id', second.id);
		}
		// Enter, on the link the click focused, does not follow it either; → is kept too.
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowRight');
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.locator('.canvas[tabindex]')).toHaveCount(0);

		release();
		// Hydrated, the page selects the clicked event, opens it and steps to the next, in order.
		const details = page.getByRole('region', { name: 'Selected event' });
		await expect(details.getByRole('heading').first()).toHaveText(third.title);
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(third.id);
		await expect(page.getByRole('application', { name: /Timeline/ })).toBeFocused();
		await expect(page.locator('[data-early-selected]')).toHaveCount(0);
	});

	test('if the page’s scripts fail to load, a click on the picture still leads to the event', async ({
		page
	}) => {
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		const target = events[3]!;
		// Their failure is known at once (a slow page is waited for): the item's link is followed.
		await picture(page).locator(`.label[data-picture-id="${target.id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/events/${target.id}/$`), { timeout: 15_000 });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
	});

	test('on a phone, a tap on the picture opens the event sheet', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await holdEngine(page);
		await page.goto('/');
		await expect(page.getByText('Loading the timeline…')).toBeVisible({ timeout: 15_000 });
		const target = events.find((event) => event.id === 'zhanaozen') ?? events[0]!;
		await picture(page).locator(`.label[data-picture-id="${target.id}"]`).tap();
		await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(
			target.title
		);
		await screenshot(page, 'picture-sheet-390');
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await context.close();
	});

	test('without JavaScript, a picture item is a link to its event page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		const target = events[2]!;
		const link = picture(page).locator(`a.label[data-picture-id="${target.id}"]`);
		await expect(link).toHaveAttribute('href', `./events/${target.id}/`);
		await screenshot(page, 'picture-no-js-1280');
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/events/${target.id}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
		await context.close();
	});

	test('if the engine cannot load, the picture stays and says so', async ({ page }) => {
		await routeEngine(page, async () => false);
		await page.goto('/');
		await expect(page.getByText('The timeline could not be drawn.')).toBeVisible();
		await expect(picture(page).locator('.label')).toHaveCount(events.length);
		await expect(picture(page).locator('.label').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
		await expect(page.getByText('Zooming is unavailable')).toBeVisible();

		// The picture still selects and steps.
		const details = page.getByRole('region', { name: 'Selected event' });
		await picture(page).locator(`.label[data-picture-id="${events[0]!.id}"]`).click();
		await expect(details.getByRole('heading').first()).toHaveText(events[0]!.title);
		await page.keyboard.press('ArrowRight');
		await expect(details.getByRole('heading').first()).toHaveText(events[1]!.title);
		await page.keyboard.press('+');
		await expect(page.getByText('Zoom is loading…')).toHaveCount(0);
		await screenshot(page, 'picture-engine-failed-1280');
	});
});
