import { readFileSync } from 'node:fs';
import { median } from './stats.mjs';
import { progress } from './steps.mjs';
import { VIEWPORT } from './measure-ours.mjs';

/**
 * "Make a timeline" (/make/), on the real build. TimelineJS has no page like it (its timelines
 * are made in a spreadsheet), so these are absolute aims: interactive in under 1 s on the desktop
 * size, and the article's candidates on screen under 200 ms after "Find events".
 */
const LOADS = 3;
const articleFile = readFileSync('events/sources/kazakh-elections-2012.md', 'utf8');
const ARTICLE = articleFile.slice(articleFile.indexOf('---', 3) + 3).trim();

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
export async function measureMaker(browser, origin) {
	progress('timing /make/');
	const interactive = [];
	const firstFound = [];
	const found = [];
	for (let load = 0; load < LOADS; load++) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		try {
			await page.goto(`${origin}/make/`, { waitUntil: 'commit' });
			// Interactive: the button that starts a timeline is drawn by the hydrated page, once it
			// has opened this browser's storage.
			const start = page.getByRole('button', { name: 'Start a new timeline' });
			await start.waitFor();
			interactive.push(await page.evaluate(() => performance.now()));
			await start.click();
			await page.getByRole('textbox', { name: 'Source text' }).fill(ARTICLE);
			await page.getByLabel('Date published').fill('2012-01-27');
			await page.getByLabel('Date published').blur();
			// From the click to the candidates' count on screen, timed in the page itself: first
			// straight after the paste, while the worker may still be starting, then again.
			firstFound.push(await timeFind(page));
			await page.getByRole('button', { name: 'Undo' }).click();
			await page.getByRole('status').filter({ hasText: 'dated statements found' }).waitFor({
				state: 'detached'
			});
			found.push(await timeFind(page));
		} catch (error) {
			return { failed: String(error).slice(0, 500) };
		} finally {
			await context.close();
		}
	}
	return {
		interactiveMs: median(interactive),
		firstCandidatesMs: median(firstFound),
		candidatesMs: median(found),
		loads: LOADS
	};
}

/**
 * Clicks "Find events" and resolves with the milliseconds until the count of what was found is
 * on screen.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
function timeFind(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const button = [...document.querySelectorAll('button')].find(
					(each) => each.textContent?.trim() === 'Find events'
				);
				const started = performance.now();
				const watch = new MutationObserver(() => {
					if (!document.body.innerText.includes('dated statements found')) return;
					watch.disconnect();
					resolve(performance.now() - started);
				});
				watch.observe(document.body, { subtree: true, childList: true, characterData: true });
				button?.click();
			})
	);
}

/** @param {any} maker */
export function formatMaker(maker) {
	if (!maker || maker.failed)
		return `Make a timeline: the timing failed (${maker?.failed ?? 'no result'})`;
	const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
	const aim = (/** @type {number} */ value, /** @type {number} */ under) =>
		value < under ? 'met' : 'missed';
	return [
		`Make a timeline (/make/, no TimelineJS counterpart; absolute aims; median of ${maker.loads}):`,
		`  interactive (the page drawn and its storage open): ${ms(maker.interactiveMs)} (aim under 1 s: ${aim(maker.interactiveMs, 1000)})`,
		`  the article's candidates on screen after "Find events": ${ms(maker.candidatesMs)} (aim under 200 ms: ${aim(maker.candidatesMs, 200)})`,
		`    clicked straight after the paste, while the finder's worker is still starting: ${ms(maker.firstCandidatesMs)} (${aim(maker.firstCandidatesMs, 200)})`
	].join('\n');
}
