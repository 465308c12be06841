import { expect, test, type Page } from '@playwright/test';
import { timelineReady, windowDays, windowFromUrl } from './helpers.ts';
import { content, EVENT_COUNT } from './content.ts';
import { eventExtent } from '../src/lib/model/precision.ts';

/** Days from the first to the last day the events of a theme cover. */
function daysCovered(theme: string): number {
	const extents = content.events
		.filter((event) => event.themes.includes(theme))
		.map((event) => eventExtent(event.date));
	const start = Math.min(...extents.map((extent) => extent.start.getTime()));
	const end = Math.max(...extents.map((extent) => extent.end.getTime()));
	return (end - start) / 86_400_000;
}

interface Focused {
	/** Role or tag, and the accessible text, for messages. */
	name: string;
	/** The focus indicator drawn: an outline or a box shadow. */
	indicator: boolean;
	inDialog: boolean;
}

/** What has focus, looking into a focused iframe; and whether its focus ring shows. */
function describeFocus(): Focused {
	let element = document.activeElement;
	while (element instanceof HTMLIFrameElement && element.contentDocument?.activeElement)
		element = element.contentDocument.activeElement;
	if (!element || element === document.body)
		return { name: 'body', indicator: false, inDialog: false };
	const style = getComputedStyle(element);
	const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
	const shadow = style.boxShadow !== 'none';
	// A ring drawn outside the element is lost where an ancestor clips its overflow. Outlines
	// add nothing to a box's scrollable area, so in a scrolling box the ring must fit inside
	// that area; in a box that hides its overflow, inside what it shows.
	const reach = outline
		? Math.max(0, Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset))
		: 0;
	const box = element.getBoundingClientRect();
	let clipped = false;
	for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
		const clip = getComputedStyle(ancestor);
		if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
		const scrolls = /auto|scroll/.test(clip.overflowX + clip.overflowY);
		const bounds = ancestor.getBoundingClientRect();
		const x = box.left - bounds.left - ancestor.clientLeft + (scrolls ? ancestor.scrollLeft : 0);
		const y = box.top - bounds.top - ancestor.clientTop + (scrolls ? ancestor.scrollTop : 0);
		const width = scrolls ? ancestor.scrollWidth : ancestor.clientWidth;
		const height = scrolls ? ancestor.scrollHeight : ancestor.clientHeight;
		if (
			x - reach < -1 ||
			y - reach < -1 ||
			x + box.width + reach > width + 1 ||
			y + box.height + reach > height + 1
		)
			clipped = true;
	}
	const labelledBy = element.getAttribute('aria-labelledby');
	const label =
		element instanceof HTMLInputElement ||
		element instanceof HTMLTextAreaElement ||
		element instanceof HTMLSelectElement
			? element.labels?.[0]
			: null;
	const text = (
		element.getAttribute('aria-label') ??
		(labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
		label?.textContent ??
		element.textContent ??
		''
	)
		.replace(/\s+/g, ' ')
		.trim();
	return {
		name: `${element.getAttribute('role') ?? element.localName} “${text.slice(0, 40)}”`,
		indicator: element.matches(':focus-visible') && (outline || shadow) && !clipped,
		inDialog:
			document.activeElement?.closest('dialog[open], [role="dialog"][aria-modal="true"]') !== null
	};
}

/** Presses Tab (or Shift+Tab) until `done` holds, checking that every stop shows its focus. */
async function tabUntil(page: Page, done: (focused: Focused) => boolean, key = 'Tab') {
	for (let presses = 0; presses < 80; presses++) {
		await page.keyboard.press(key);
		const focused = await page.evaluate(describeFocus);
		expect(focused.indicator, `focus is visible on ${focused.name}`).toBe(true);
		if (done(focused)) return focused;
	}
	throw new Error('never reached the wanted control');
}

test('the whole job by keyboard: filter, step to Zhanaozen, its source and back, zoom, share', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await timelineReady(page);

	const first = await tabUntil(page, () => true);
	expect(first.name).toBe('a “Skip to content”');

	// The theme toggles are buttons in a group named Themes.
	await tabUntil(page, ({ name }) => name === 'button “Only Labour and strikes”');
	await expect(page.getByRole('group', { name: 'Themes' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/themes=labour(&|$)/);
	await expect(page.getByText(`Showing 3 of ${EVENT_COUNT} events`)).toBeVisible();

	for (let step = 0; step < 3 && !/event=zhanaozen-massacre/.test(page.url()); step++)
		await page.keyboard.press('j');
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	const details = page.getByRole('region', { name: 'Selected event' });
	await expect(details.getByRole('heading', { level: 3 })).toContainText('Zhanaozen');
	// The narrative is the screen reader's path; the selection is announced politely.
	await expect(page.locator('.explorer > [aria-live="polite"]')).toHaveText(
		/^Security forces kill striking oil workers in Zhanaozen, 16 December 2011\. Event \d of 3\.$/
	);

	await tabUntil(page, ({ name }) => name.startsWith('a “Show in source'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012\/\?p=1&/);
	await expect(page.locator('#p1 mark')).toBeInViewport();
	// The reader's Alt+ArrowLeft. Chromium leaves browser shortcuts sent through DevTools to the
	// page, where they do nothing, so the history step itself is taken through Playwright.
	await page.goBack();
	await expect(page).toHaveURL(/event=zhanaozen-massacre/);
	await expect(page).toHaveURL(/themes=labour(&|$)/);
	await timelineReady(page);
	await expect(details.getByRole('heading', { level: 3 })).toContainText('Zhanaozen');
	// Back on the explorer, focus starts again from the top of the page, and shows.
	const returned = await tabUntil(page, () => true);
	expect(returned.name).toBe('a “Skip to content”');

	await tabUntil(page, ({ name }) => name.startsWith('application “Timeline'));
	// The timeline shows every labour event, a view the reader did not choose: none in the
	// address. Zoomed in, the window the reader chose is written, shorter than those events.
	expect(windowFromUrl(page)).toBeNull();
	await page.keyboard.press('+');
	await expect.poll(() => windowFromUrl(page)).not.toBeNull();
	expect(windowDays(windowFromUrl(page)!)).toBeLessThan(daysCovered('labour') * 0.75);
	const zoomedIn = windowDays(windowFromUrl(page)!);
	await page.keyboard.press('-');
	await expect.poll(() => windowDays(windowFromUrl(page)!)).toBeGreaterThan(zoomedIn * 1.5);

	await tabUntil(page, ({ name }) => name === 'button “Share or embed”', 'Shift+Tab');
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
	await expect(dialog).toBeVisible();
	// The QR code's library loads when the dialog opens; its button comes with the code.
	await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
	const opening = await page.evaluate(describeFocus);
	expect(opening).toMatchObject({ name: 'button “Close”', inDialog: true });
	// Round the dialog and back to the start: focus never leaves it.
	const stops = [opening.name];
	for (let presses = 0; presses < 14; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(describeFocus);
		expect(focused.inDialog, `${focused.name} is in the dialog`).toBe(true);
		expect(focused.indicator, `focus is visible on ${focused.name}`).toBe(true);
		if (focused.name === opening.name) break;
		stops.push(focused.name);
	}
	expect(stops).toEqual([
		'button “Close”',
		'input “Link”',
		'button “Copy link”',
		'button “Show the code full screen”',
		'a “Make a lesson from these events”',
		expect.stringMatching(/^select “Show/),
		expect.stringMatching(/^input “Height in pixels/),
		'textarea “Code to paste”',
		'button “Copy embed code”',
		'textarea “Resize helper (optional)”',
		'button “Copy resize helper”'
	]);
	await page.keyboard.press('Shift+Tab');
	expect((await page.evaluate(describeFocus)).name).toBe('button “Copy resize helper”');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Share or embed' })).toBeFocused();
});

test('the legend, a tab stop so its column can scroll, shows its focus ring whole', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	await tabUntil(page, ({ name }) => name.startsWith('section “How to read the timeline'));
	await page.keyboard.press('PageDown');
	await expect(page.locator('.legend')).toBeFocused();
});

test.describe('at phone width', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the event sheet opens by keyboard, holds focus, and gives it back on Escape', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		const title = 'Nursultan Nazarbayev comes to power';
		const opener = await tabUntil(page, ({ name }) => name === `a “${title}”`);
		await page.keyboard.press('Enter');
		const sheet = page.getByRole('dialog', { name: 'Selected event' });
		await expect(sheet).toBeVisible();
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(title);
		await expect(page).toHaveURL(/event=nazarbayev-comes-to-power/);
		await expect(sheet.getByRole('button', { name: `Close details of ${title}` })).toBeFocused();
		const opening = await page.evaluate(describeFocus);
		expect(opening).toMatchObject({ inDialog: true, indicator: true });

		// Forward round the sheet and back to the start: focus never reaches the page behind.
		const stops = [opening.name];
		for (let presses = 0; presses < 40; presses++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(describeFocus);
			expect(focused.inDialog, `${focused.name} is in the sheet`).toBe(true);
			expect(focused.indicator, `focus is visible on ${focused.name}`).toBe(true);
			if (focused.name === opening.name) break;
			stops.push(focused.name);
		}
		expect(stops.length, stops.join(', ')).toBeGreaterThan(2);
		expect(stops).toContainEqual(expect.stringMatching(/^a “Show in source/));
		// And backwards: Shift+Tab from the first stop wraps to the last, then retraces.
		for (const expected of [...stops.slice(1)].reverse()) {
			await page.keyboard.press('Shift+Tab');
			const focused = await page.evaluate(describeFocus);
			expect(focused.name).toBe(expected);
			expect(focused.inDialog, `${focused.name} is in the sheet`).toBe(true);
		}

		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
		const returned = await page.evaluate(describeFocus);
		expect(returned.name).toBe(opener.name);
		expect(returned.indicator, `focus is visible on ${returned.name}`).toBe(true);
	});
});
