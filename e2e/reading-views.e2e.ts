import { expect, test, type Page } from '@playwright/test';
import { content } from './content.ts';
import {
	holdRequests,
	screenshot,
	timelineItem,
	timelineReady,
	windowDays,
	windowFromUrl
} from './helpers.ts';
import { boxInDrawing, scrollStoryTo } from './reading.ts';

// The timeline's axis, labels and address, the road to an event's page, and keeping the
// chosen event in view through keys, filters and lanes.

const ZHANAOZEN = content.events.find((event) => event.id === 'zhanaozen-massacre')!;
const drawing = (page: Page) => page.getByRole('application', { name: /^Timeline/ });

/** The minor labels of the time axis, as drawn. */
const minorLabels = (page: Page) =>
	page
		.locator('.canvas.ready .vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
		.allTextContents();

for (const width of [320, 390, 1280]) {
	test(`a six-week window shows day numbers on the axis at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/?from=2011-12-05&to=2012-01-15');
		await timelineReady(page);
		const labels = (await minorLabels(page)).map((label) => label.trim()).filter(Boolean);
		expect(labels.length, labels.join(' ')).toBeGreaterThanOrEqual(4);
		for (const label of labels) expect(label, labels.join(' ')).toMatch(/^([1-9]|[12]\d|3[01])$/);
	});
}

test('a fresh load leaves the address clean, and only a chosen window is written', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	// Reading on moves the timeline by itself; that is not a window the reader chose.
	await scrollStoryTo(page, ZHANAOZEN.id, { width: 1280, height: 800 });
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
	await page.waitForTimeout(1000);
	expect(new URL(page.url()).search).toBe('');

	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => windowFromUrl(page)).not.toBeNull();
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect.poll(() => windowFromUrl(page)).toBeNull();
});

test('a window the reader chose is not put back once the timeline has followed them on', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	// Each zoom lands in the address before the next press, so that the last is the one chosen.
	for (let press = 0; press < 3; press++) {
		const before = windowFromUrl(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => windowFromUrl(page)).not.toEqual(before);
	}
	const chosen = windowFromUrl(page)!;
	// Reading on, the timeline follows, and the address says where it went (#27.2).
	await scrollStoryTo(page, ZHANAOZEN.id, { width: 1280, height: 800 });
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
	await expect
		.poll(() => {
			const window = windowFromUrl(page);
			return window !== null && window.from <= '2011-12-16' && '2011-12-16' <= window.to;
		})
		.toBe(true);
	// Every window the caption names from here on.
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { seenWindows: string[] }).seenWindows = seen;
		const caption = document.querySelector('.caption')!;
		const note = () =>
			seen.push(
				[...caption.querySelectorAll('.window time')]
					.map((time) => time.getAttribute('datetime'))
					.join('/')
			);
		new MutationObserver(note).observe(caption, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true
		});
	});
	// A selection rewrites the address, chosen window and all: the timeline stays with the reader.
	await page.keyboard.press('j');
	await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
	await page.waitForTimeout(1500);
	const seen = await page.evaluate(
		() => (window as unknown as { seenWindows: string[] }).seenWindows
	);
	expect(seen).not.toContain(`${chosen.from}/${chosen.to}`);
});

test('by keyboard, a story title keeps focus as its details open and close', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const title = page.locator(`#entry-title-${ZHANAOZEN.id} a`);
	await title.focus();
	await page.keyboard.press('Enter');
	const details = page.getByRole('region', { name: 'Selected event' });
	await expect(details).toContainText(ZHANAOZEN.title);
	await expect(title).toBeFocused();
	await details.getByRole('button', { name: /^Close/ }).focus();
	await page.keyboard.press('Enter');
	await expect(details).toHaveCount(0);
	await expect(title).toBeFocused();
});

test('a link without from and to shows the default view, the whole period', async ({ page }) => {
	await page.goto(`/?event=${content.events[0]!.id}`);
	await timelineReady(page);
	await page.waitForTimeout(500);
	const years = (await minorLabels(page)).map(Number).filter(Number.isFinite);
	const [first, last] = [content.events[0]!, content.events.at(-1)!].map((event) =>
		event.date.kind === 'single' ? event.date.value.year : event.date.end.year
	);
	expect(Math.min(...years)).toBeLessThanOrEqual(first!);
	expect(Math.max(...years)).toBeGreaterThanOrEqual(last!);
	expect(windowFromUrl(page)).toBeNull();
});

test('when nothing matches, the timeline says so and clears the filters', async ({ page }) => {
	await page.goto('/?q=no-such-words-anywhere');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const empty = timeline.getByRole('status');
	await expect(empty).toContainText('No events match “no-such-words-anywhere”.');
	await empty.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).not.toHaveURL(/q=/);
	await timelineReady(page);
	await expect(timeline.getByRole('status')).toHaveCount(0);
	await expect(timelineItem(page, ZHANAOZEN.id)).toHaveCount(1);
});

test('a story title is a link: a plain click selects, a modified click opens the page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await timelineReady(page);
	const title = page
		.getByRole('region', { name: 'The story, event by event' })
		.getByRole('link', { name: ZHANAOZEN.title });
	await expect(title).toHaveAttribute('href', /\/events\/zhanaozen-massacre\/?$/);

	for (const click of [
		() => title.click({ modifiers: ['ControlOrMeta'] }),
		() => title.click({ button: 'middle' })
	]) {
		const opened = context.waitForEvent('page');
		await click();
		const tab = await opened;
		await expect(tab).toHaveURL(/\/events\/zhanaozen-massacre\/?$/);
		await expect(tab.getByRole('heading', { level: 1 })).toHaveText(ZHANAOZEN.title);
		await tab.close();
		expect(new URL(page.url()).pathname).toBe('/');
	}

	await title.click();
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	const details = page.getByRole('region', { name: 'Selected event' });
	await details.getByRole('link', { name: "Open this event's page" }).click();
	await expect(page).toHaveURL(/\/events\/zhanaozen-massacre\/?$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZHANAOZEN.title);
});

for (const { name, viewport, touch } of [
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
	{ name: 'phone', viewport: { width: 390, height: 844 }, touch: true }
]) {
	test(`"Zoom to this event" frames a day as a couple of weeks, at ${name} width`, async ({
		browser
	}) => {
		const page = await browser.newPage({ viewport, hasTouch: touch });
		await page.goto(`/?event=${ZHANAOZEN.id}`);
		await timelineReady(page);
		const details = touch
			? page.getByRole('dialog', { name: 'Selected event' })
			: page.getByRole('region', { name: 'Selected event' });
		await details.getByRole('button', { name: 'Zoom to this event' }).click();
		// Fourteen days, written as the whole days they touch.
		await expect
			.poll(() => windowFromUrl(page) && windowDays(windowFromUrl(page)!))
			.toBeGreaterThanOrEqual(14);
		expect(windowDays(windowFromUrl(page)!)).toBeLessThanOrEqual(15);
		const { from, to } = windowFromUrl(page)!;
		expect(from < '2011-12-16' && '2011-12-16' < to).toBe(true);
		await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
		const labels = (await minorLabels(page)).map((label) => label.trim()).filter(Boolean);
		for (const label of labels) expect(label, labels.join(' ')).toMatch(/^([1-9]|[12]\d|3[01])$/);
		await screenshot(page, `selection-zoomed-to-days-${name}`);
		await page.close();
	});
}

test('every label ends inside the timeline, cut with an ellipsis if it must be', async ({
	page
}) => {
	for (const path of ['/', '/?from=2010-06-01&to=2012-03-01', `/?event=${ZHANAOZEN.id}`]) {
		await page.goto(path);
		await timelineReady(page);
		await page.waitForTimeout(500);
		const cut = await page.evaluate(() => {
			const shown = document.querySelector('.canvas.ready .vis-panel.vis-center')!;
			const edge = shown.getBoundingClientRect();
			return [...shown.querySelectorAll<HTMLElement>('.kz-item-content')]
				.filter((content) => getComputedStyle(content).visibility !== 'hidden')
				.flatMap((content) => {
					const label = content.querySelector<HTMLElement>('.kz-item-label')!;
					const box = label.getBoundingClientRect();
					if (box.right <= edge.left || box.left >= edge.right) return [];
					const clipped = box.left < edge.left - 0.5 || box.right > edge.right + 0.5;
					const shortened = label.scrollWidth > label.clientWidth + 0.5;
					const ellipsis = getComputedStyle(label).textOverflow === 'ellipsis';
					return clipped || (shortened && !ellipsis) ? [label.textContent] : [];
				});
		});
		expect(cut, path).toEqual([]);
	}
});

test('the full title is read on the timeline when pointed at, chosen, or read', async ({
	page
}) => {
	await page.goto('/?from=2011-10-01&to=2012-02-28');
	await timelineReady(page);
	const caption = page.getByRole('region', { name: 'Timeline' }).locator('.caption');
	await timelineItem(page, ZHANAOZEN.id).hover();
	await expect(caption).toContainText(`Pointed at ${ZHANAOZEN.title}`);
	await timelineItem(page, ZHANAOZEN.id).click();
	await page.mouse.move(10, 10);
	await expect(caption).toContainText(`Selected ${ZHANAOZEN.title} 16 December 2011`);
	// By keyboard: the next event, stepped to on the focused timeline, is named in full.
	await drawing(page).focus();
	await page.keyboard.press('ArrowRight');
	const next = content.events[content.events.indexOf(ZHANAOZEN) + 1]!;
	await expect(caption).toContainText(`Selected ${next.title}`);
});

test('Enter on the timeline selects the event being read, then moves to its details', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await scrollStoryTo(page, ZHANAOZEN.id, { width: 1280, height: 800 });
	await drawing(page).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	await page.keyboard.press('Enter');
	const details = page.getByRole('region', { name: 'Selected event' });
	await expect(details).toBeFocused();
	await expect(details).toBeInViewport();
});

test('keys, filters and lanes keep the chosen event whole in view', async ({ page }) => {
	await page.goto(`/?event=${ZHANAOZEN.id}`);
	await timelineReady(page);
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');

	await page.getByLabel('One timeline lane per theme').check();
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
	await page.getByRole('button', { name: 'Only Labour and strikes' }).click();
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
	await page.getByLabel('Search events').fill('oil');
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
	await page.getByLabel('One timeline lane per theme').uncheck();
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');

	await page.getByRole('button', { name: 'All themes' }).click();
	await page.getByLabel('Search events').fill('');
	await page.getByLabel('Search events').blur();
	for (const key of ['j', 'j', 'k']) {
		const before = new URL(page.url()).searchParams.get('event');
		await page.keyboard.press(key);
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(before);
		const id = new URL(page.url()).searchParams.get('event')!;
		await expect.poll(() => boxInDrawing(page, id), `${key} to ${id}`).toBe('inside');
	}
	await drawing(page).focus();
	await page.keyboard.press('ArrowLeft');
	const id = new URL(page.url()).searchParams.get('event')!;
	await expect.poll(() => boxInDrawing(page, id)).toBe('inside');
});

test('Back from the source puts the story and the details back where they were', async ({
	page
}) => {
	await page.goto(`/?event=${ZHANAOZEN.id}`);
	await timelineReady(page);
	const details = page.getByRole('region', { name: 'Selected event' });
	const last = details.getByRole('link', { name: /Show in source/ }).last();
	await last.scrollIntoViewIfNeeded();
	await page.mouse.move(200, 600);
	await page.mouse.wheel(0, 150);
	await page.waitForTimeout(500);
	const before = await page.evaluate(() => scrollY);
	const linkTop = (await last.boundingBox())!.y;
	await last.click();
	await expect(page).toHaveURL(/\/sources\//);
	await page.goBack();
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	await timelineReady(page);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeCloseTo(before, -1);
	expect(Math.abs((await last.boundingBox())!.y - linkTop)).toBeLessThan(10);
	await expect.poll(() => boxInDrawing(page, ZHANAOZEN.id)).toBe('inside');
});

test('Back at once from the source returns to the explorer, its address kept', async ({ page }) => {
	// SvelteKit, given no focus of the page's own, moves focus to a link's #fragment in a timer,
	// and rewrites the current history entry as it does. A Back taken before that timer ran lost
	// the explorer's entry to the source's address. Timers that would do so run late here.
	await page.addInitScript(() => {
		const later = window.setTimeout;
		window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
			later(
				handler,
				String(handler).includes('location.replace(') ? 1500 : delay,
				...rest
			)) as typeof setTimeout;
	});
	await page.goto(`/?event=${ZHANAOZEN.id}`);
	await timelineReady(page);
	const details = page.getByRole('region', { name: 'Selected event' });
	await details
		.getByRole('link', { name: /Show in source/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/sources\/.*#p\d+$/);
	const paragraph = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`#${paragraph}`)).toBeFocused();
	await page.goBack();
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	await timelineReady(page);
	await page.waitForTimeout(2000);
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	await page.goForward();
	await expect(page).toHaveURL(/\/sources\//);
});

test('a reader who moves focus before the source page’s scripts run keeps it', async ({ page }) => {
	// The source page focuses the paragraph its address names once its scripts run. A reader who
	// has already tabbed somewhere, on a slow connection, is not pulled back to the paragraph.
	const release = await holdRequests(page, '**/_app/immutable/**/*.js');
	await page.goto('/sources/kazakh-elections-2012/?p=1&start=3&end=60#p1', {
		waitUntil: 'domcontentloaded'
	});
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await skip.focus();
	await expect(skip).toBeFocused();
	release();
	// The highlight is drawn from the query string by the page's scripts: they have run.
	await expect(page.locator('#reader mark')).toBeVisible();
	await expect(skip).toBeFocused();
	await expect(page.locator('#p1')).not.toBeFocused();
});

test('in the embed too, the event read in the story box is whole in view on the timeline', async ({
	page
}) => {
	const viewport = { width: 1280, height: 800 };
	await page.goto('/embed/');
	await timelineReady(page);
	const story = page.getByRole('region', { name: 'The story, event by event' });
	const box = (await story.boundingBox())!;
	for (const event of [content.events[2]!, ZHANAOZEN, content.events.at(-1)!]) {
		await scrollStoryTo(page, event.id, viewport, {
			pointer: [box.x + box.width / 2, box.y + box.height / 2],
			line: box.y + box.height * 0.3
		});
		await expect.poll(() => boxInDrawing(page, event.id), event.id).toBe('inside');
	}
});

test('on a phone, Back from the source opens the event sheet scrolled where it was', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
	await page.goto(`/?event=${ZHANAOZEN.id}`);
	await timelineReady(page);
	const sheet = page.getByRole('dialog', { name: 'Selected event' });
	const last = sheet.getByRole('link', { name: /Show in source/ }).last();
	await last.scrollIntoViewIfNeeded();
	const scrolled = () => sheet.evaluate((dialog) => dialog.scrollTop);
	const before = await scrolled();
	expect(before).toBeGreaterThan(200);
	await last.click();
	await expect(page).toHaveURL(/\/sources\//);
	await page.goBack();
	await expect(sheet).toBeVisible();
	await expect.poll(scrolled).toBeCloseTo(before, -1);
	await expect(last).toBeInViewport();
	await page.close();
});

test('on a phone with site storage blocked, the event sheet still opens, scrolls and closes', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
	// As a browser that blocks site data answers: any use of sessionStorage throws.
	await page.addInitScript(() =>
		Object.defineProperty(window, 'sessionStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		})
	);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`/?event=${ZHANAOZEN.id}`);
	await timelineReady(page);
	const sheet = page.getByRole('dialog', { name: 'Selected event' });
	await expect(sheet).toContainText(ZHANAOZEN.title);
	await sheet
		.getByRole('link', { name: /Show in source/ })
		.last()
		.scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	await sheet.getByRole('button', { name: /^Close/ }).click();
	await expect(sheet).toBeHidden();
	expect(errors).toEqual([]);
	await page.close();
});
