import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';

/** The visible window, as written to the URL by the explorer. */
export function windowFromUrl(page: Page): { from: string; to: string } | null {
	const url = new URL(page.url());
	const from = url.searchParams.get('from');
	const to = url.searchParams.get('to');
	return from && to ? { from, to } : null;
}

export function windowDays(window: { from: string; to: string }): number {
	return (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000 + 1;
}

/** Waits until the timeline engine has drawn its items. */
export async function timelineReady(page: Page) {
	await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible();
}

export function timelineItem(page: Page, id: string) {
	return page.locator(`.vis-item[data-id="${id}"]`);
}

export async function screenshot(page: Page, name: string) {
	await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
}

/**
 * Waits until the service worker has cached the build and activated, then until it controls the
 * page. A page loaded before the worker activated is controlled once the worker claims it; on a
 * loaded machine that claim can come late or miss a page that was loading, so a page still
 * uncontrolled is reloaded: a navigation after activation always goes through the worker.
 */
export async function workerInCharge(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active!;
		if (worker.state === 'activated') return;
		await new Promise<void>((resolve) =>
			worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
		);
	});
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
		await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

/** The window the timeline shows, as whole days, from the line under it. */
export async function shownWindow(
	page: Pick<Page, 'locator'>
): Promise<{ from: string; to: string } | null> {
	const days = await page
		.locator('.caption .window time')
		.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
	return days.length === 2 ? { from: days[0]!, to: days[1]! } : null;
}

/**
 * Holds back every request matching `url` until the returned function is called: what a page
 * does while its scripts or data are on their way.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(url, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** The WCAG levels every axe check in the browser tests holds the site to. */
/**
 * Opens `src` framed in the course page on another origin (e2e/host-server.mjs) and waits until
 * the frame has drawn its timeline and the host has sized the frame to it.
 */
export async function embedOnHost(page: Page, src: string, hostPort: number) {
	await page.goto(`http://127.0.0.1:${hostPort}/?src=${encodeURIComponent(src)}`);
	const frame = page.frameLocator('#kz');
	await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { resizes: unknown[] }).resizes.length))
		.toBeGreaterThan(0);
	return frame;
}

/** A CSV file's rows by column name, asserting that papaparse found nothing wrong in it. */
export function parseCsv(text: string) {
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

/**
 * What a QR code on screen says, read from its pixels as a phone's camera would: the code's own
 * element, or the whole page; null if none is read.
 */
export async function readQrCode(
	shown: Pick<Locator | Page, 'screenshot'>
): Promise<string | null> {
	const png = PNG.sync.read(await shown.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
