import { startFrames, stopFrames } from './page-probes.mjs';
import { frameSummary } from './stats.mjs';

/** @typedef {import('@playwright/test').Page} Page */

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records frames while `gesture` runs, plus a short tail for the last redraw.
 * @param {Page} page
 * @param {string} signatureSelector an element whose box or text moves when the view changes
 * @param {() => Promise<number | void>} gesture resolves to the number of input events it sent
 */
export async function framesDuring(page, signatureSelector, gesture) {
	await page.evaluate(startFrames, signatureSelector);
	const inputs = await gesture();
	await sleep(200);
	const { times, changes } = await page.evaluate(stopFrames);
	return { ...frameSummary(times), viewChanges: changes, inputs: inputs ?? 0 };
}

/**
 * Drags across `selector` and back with the mouse for `durationMs`, as a reader pans.
 * @param {Page} page
 * @param {string} selector
 * @param {number} durationMs
 * @param {number} [heightFraction] where to hold it, from its top: TimelineJS pans only when
 *   the drag starts off its markers, so it is held by its time axis at the bottom
 */
export async function dragAcross(page, selector, durationMs, heightFraction = 0.5) {
	const box = await page.locator(selector).first().boundingBox();
	if (!box) throw new Error(`${selector} is not on screen`);
	const [left, right] = [box.x + 40, box.x + box.width - 40];
	const y = box.y + box.height * heightFraction;
	let x = box.x + box.width * 0.5;
	let direction = -1;
	await page.mouse.move(x, y);
	await page.mouse.down();
	const end = Date.now() + durationMs;
	let moves = 0;
	for (; moves < 1000 && Date.now() < end; moves++) {
		x += direction * 12;
		if (x < left || x > right) direction = -direction;
		await page.mouse.move(x, y);
		await sleep(8);
	}
	await page.mouse.up();
	return moves;
}

/**
 * Turns the mouse wheel with Ctrl held over `selector` (a plain wheel scrolls the page): zooming
 * in for half the time, then out.
 * @param {Page} page
 * @param {string} selector
 * @param {number} durationMs
 */
export async function wheelOver(page, selector, durationMs) {
	const box = await page.locator(selector).first().boundingBox();
	if (!box) throw new Error(`${selector} is not on screen`);
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
	const start = Date.now();
	let turns = 0;
	await page.keyboard.down('Control');
	for (; turns < 500 && Date.now() - start < durationMs; turns++) {
		const zoomingIn = Date.now() - start < durationMs / 2;
		await page.mouse.wheel(0, zoomingIn ? -100 : 100);
		await sleep(30);
	}
	await page.keyboard.up('Control');
	return turns;
}

/**
 * Clicks `selector` repeatedly for `durationMs` (TimelineJS zooms with buttons, not the wheel).
 * @param {Page} page
 * @param {string} inSelector
 * @param {string} outSelector
 * @param {number} durationMs
 */
export async function clickZoom(page, inSelector, outSelector, durationMs) {
	const start = Date.now();
	let clicks = 0;
	for (; clicks < 100 && Date.now() - start < durationMs; clicks++) {
		const zoomingIn = Date.now() - start < durationMs / 2;
		await page
			.locator(zoomingIn ? inSelector : outSelector)
			.first()
			.click({ timeout: 20000 });
		await sleep(150);
	}
	return clicks;
}
