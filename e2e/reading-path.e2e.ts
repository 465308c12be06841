import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { BUILT_LESSON, BUILT_LESSON_CODE } from './built-lesson.ts';
import {
	embedOnHost,
	screenshot,
	shownWindow,
	timelineItem,
	timelineReady,
	windowDays,
	windowFromUrl
} from './helpers.ts';
import { HOST_PORT, SITE } from './ports.ts';
import { boxInDrawing } from './reading.ts';

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

/**
 * Over the timeline in `view` (the page, or a frame in it): a plain wheel scrolls the page and
 * shows the hint, Ctrl-wheel zooms around the pointer without scrolling, and a sideways swipe
 * pans.
 */
async function wheelOverTimeline(page: Page, view: Page | FrameLocator) {
	const panel = view.locator('.canvas.ready .vis-panel.vis-center');
	await expect.poll(() => shownWindow(view)).not.toBeNull();
	const before = (await shownWindow(view))!;
	await page.mouse.move(...(await pointAt(panel, 0.5)));
	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	await expect(view.getByText(/^Use (Ctrl|⌘) \+ scroll to zoom$/)).toBeVisible();
	const scrolled = await page.evaluate(() => scrollY);
	expect(await shownWindow(view)).toEqual(before);

	// Zooming in around a point a quarter of the way across keeps that date a quarter across.
	const box = (await panel.boundingBox())!;
	await page.mouse.move(...(await pointAt(panel, 0.25)));
	const pointed = Date.parse(before.from) + (Date.parse(before.to) - Date.parse(before.from)) / 4;
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect
		.poll(async () => windowDays((await shownWindow(view))!))
		.toBeLessThan(windowDays(before) * 0.6);
	const zoomed = (await shownWindow(view))!;
	const across =
		(pointed - Date.parse(zoomed.from)) / (Date.parse(zoomed.to) - Date.parse(zoomed.from));
	expect(across).toBeCloseTo(0.25, 1);
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	expect((await panel.boundingBox())!.y).toBeCloseTo(box.y, 0);

	await page.mouse.wheel(box.width / 4, 0);
	await expect.poll(async () => (await shownWindow(view))!.from).not.toBe(zoomed.from);
	expect(Date.parse((await shownWindow(view))!.from)).toBeGreaterThan(Date.parse(zoomed.from));
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
}

/** A point `across` the panel, halfway down the part of it in view: where a person would point. */
async function pointAt(
	panel: ReturnType<Page['locator']>,
	across: number
): Promise<[number, number]> {
	const box = (await panel.boundingBox())!;
	const viewport = panel.page().viewportSize()!;
	const [top, bottom] = [Math.max(box.y, 0), Math.min(box.y + box.height, viewport.height)];
	return [box.x + box.width * across, (top + bottom) / 2];
}

test('over the timeline, a plain wheel scrolls the page and Ctrl-wheel zooms', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await timelineReady(page);
	await wheelOverTimeline(page, page);
	await screenshot(page, 'wheel-hint-1280');
});

test('in an embed on another origin, a plain wheel scrolls the host page past it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	// The host sizes the frame to the embed, so that its page is taller than the window.
	const frame = await embedOnHost(page, `${SITE}/embed`, HOST_PORT);
	await wheelOverTimeline(page, frame);
});

test('Next after zooming starts from the window shown, and the address follows the screen', async ({
	page
}) => {
	await page.goto('/?from=2011-12-01&to=2012-01-31');
	await timelineReady(page);
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	await expect(page).toHaveURL(/from=2011-12-01&to=2012-01-31/);

	// The timeline follows a step out of the window: the address says where it went.
	await page.getByRole('application', { name: /^Timeline/ }).focus();
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(/event=nazarbayev-comes-to-power/);
	await expect.poll(async () => (await shownWindow(page))!.from < '1990-06-01').toBe(true);
	await expect.poll(() => windowFromUrl(page)).toEqual(await shownWindow(page));
});

for (const width of [390, 1280])
	test(`“Zoom to this event” keeps the event in the address, at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 844 });
		await page.goto('/?event=zhanaozen-massacre');
		await timelineReady(page);
		const details =
			width < 700
				? page.getByRole('dialog', { name: 'Selected event' })
				: page.getByRole('region', { name: 'Selected event' });
		await details.getByRole('button', { name: 'Zoom to this event' }).click();
		await expect(page).toHaveURL(/[?&]from=2011-12-\d\d&to=20(11|12)-\d\d-\d\d/);
		expect(new URL(page.url()).searchParams.get('event')).toBe('zhanaozen-massacre');
		await expect(timelineItem(page, 'zhanaozen-massacre')).toHaveClass(/vis-selected/);
		if (width >= 700) return;
		// The sheet made way for the timeline; choosing the event again brings it back.
		await expect(details).toHaveCount(0);
		await screenshot(page, `zoomed-to-event-${width}`);
		await timelineItem(page, 'zhanaozen-massacre').click();
		await expect(details).toBeVisible();
		expect(new URL(page.url()).searchParams.get('event')).toBe('zhanaozen-massacre');
	});

test('a built lesson keeps its step in its link: a reload opens there, and Back steps back', async ({
	page
}) => {
	await page.goto(`/lessons/shared/#${BUILT_LESSON_CODE}`);
	const stepper = page.getByRole('group', { name: 'Step through the events' });
	await expect(stepper).toContainText(`Step 1 of ${BUILT_LESSON.steps.length}`);
	await timelineReady(page);
	await stepper.getByRole('button', { name: /^Next/ }).click();
	await expect(stepper).toContainText('Step 2 of 3');
	await expect(page).toHaveURL(new RegExp(`/lessons/shared/\\?step=2#${BUILT_LESSON_CODE}$`));
	// A middle step: the last may not reach the reading line on a short page.
	await page.reload();
	await expect(stepper).toContainText('Step 2 of 3');
	await expect(page.locator('li[aria-current="step"]')).toHaveAttribute(
		'data-event-id',
		BUILT_LESSON.steps[1]!.event
	);
	// Back goes to the step before, not out of the lesson.
	await page.goBack();
	await expect(stepper).toContainText('Step 1 of 3');
	await expect(page).toHaveURL(new RegExp(`/lessons/shared/#${BUILT_LESSON_CODE}$`));
});

test('Back in a lesson returns to the step before; reading on adds no entry', async ({ page }) => {
	await page.goto('/lessons/zhanaozen-state-of-emergency/');
	await timelineReady(page);
	const stepper = page.getByRole('group', { name: 'Step through the events' });
	for (const step of [2, 3, 4]) {
		await stepper.getByRole('button', { name: /^Next/ }).click();
		await expect(page).toHaveURL(new RegExp(`\\?step=${step}$`));
	}
	await page.goBack();
	await expect(stepper).toContainText('Step 3 of');
	await expect(page).toHaveURL(/\?step=3$/);
	await page.goBack();
	await expect(stepper).toContainText('Step 2 of');
	await expect(page.locator('li[aria-current="step"]')).toBeInViewport();
	await page.goForward();
	await expect(stepper).toContainText('Step 3 of');
	// The entries were the steps chosen: two Backs from step 3 reach the lesson's first step.
	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(/\/lessons\/zhanaozen-state-of-emergency\/$/);
	await expect(stepper).toContainText('Step 1 of');
});

test("in an embed, choosing events adds nothing to the host page's history", async ({ page }) => {
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(`${SITE}/embed`)}`);
	const frame = page.frameLocator('#kz');
	await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();
	const before = await page.evaluate(() => history.length);
	// The selection as the frame shows it: its place among the events, beside the step buttons.
	const place = frame.locator('.steps .position');
	const next = frame.getByRole('button', { name: /^Next/ });
	await next.click();
	await expect(place).toHaveText(/^\d+ \/ \d+$/);
	const first = await place.textContent();
	await next.click();
	await expect(place).not.toHaveText(first!);
	await expect(frame.locator('.vis-item.vis-selected')).toHaveCount(1);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('on a phone the timeline folds to one line and back, and the choice is kept', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await timelineReady(page);
	const stage = page.locator('#timeline');
	const open = (await stage.boundingBox())!.height;
	const fold = page.getByRole('button', { name: 'Timeline', exact: true });
	await expect(fold).toHaveAttribute('aria-expanded', 'true');
	await fold.click();
	await expect(fold).toHaveAttribute('aria-expanded', 'false');
	await expect(fold).toBeFocused();
	await expect(page.locator('.canvas')).toBeHidden();
	const folded = (await stage.boundingBox())!.height;
	expect(folded).toBeLessThan(70);
	expect(folded).toBeLessThan(open / 3);
	await screenshot(page, 'timeline-folded-390');

	// Kept: a reload opens folded. Stepping on while folded, then zooming to the event from its
	// sheet: the timeline opens, with the event drawn in view.
	await page.reload();
	await expect(fold).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('.canvas')).toBeHidden();
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(page).toHaveURL(/event=/);
	const chosen = new URL(page.url()).searchParams.get('event')!;
	await page
		.getByRole('dialog', { name: 'Selected event' })
		.getByRole('button', { name: 'Zoom to this event' })
		.click();
	await expect(fold).toHaveAttribute('aria-expanded', 'true');
	await timelineReady(page);
	await expect.poll(() => boxInDrawing(page, chosen)).toBe('inside');
	expect(new URL(page.url()).searchParams.get('event')).toBe(chosen);
	await screenshot(page, 'timeline-unfolded-390');
});

test('on a desktop the timeline has no fold', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	await expect(page.getByRole('button', { name: /^Next/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveCount(0);
});

test('“Fit all” fits the events with a small margin', async ({ page }) => {
	await page.goto('/?from=2011-06-01&to=2012-03-01');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Fit all' }).click();
	// The events run from 1990 to a plan for 2015: not out to the 2020s.
	await expect.poll(async () => (await shownWindow(page))?.to.slice(0, 4)).toBe('2017');
	expect((await shownWindow(page))!.from.slice(0, 4)).toBe('1988');
});
