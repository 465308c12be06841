import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usedHeap, watchExternalRequests } from './browser.mjs';
import { assetSizes, gzippedBytes, initialAssets } from './bundle-size.mjs';
import { dragAcross, framesDuring, wheelOver } from './gestures.mjs';
import {
	armFilterTimer,
	loadMilestones,
	scrollNarrativeAndTime,
	watchDrawn
} from './page-probes.mjs';
import { medianMilestones } from './stats.mjs';
import { StepRunner, isFailure } from './steps.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */

export const VIEWPORT = { width: 1280, height: 800 };
/**
 * The timeline names how many events it holds, so these match once every event is drawn: by
 * the prerendered picture or the engine, and by the engine, which makes it interactive.
 */
const drawnAll = (/** @type {number} */ count) =>
	`.canvas[aria-label$=": ${count} events"] .picture :is(.bar, .dot), ${engineDrawnAll(count)}`;
const engineDrawnAll = (/** @type {number} */ count) =>
	`.canvas.ready[aria-label$=": ${count} events"] .vis-item`;
/** The first grid line of the time axis moves with every pan and zoom. */
const AXIS = '.vis-time-axis.vis-background .vis-grid';
const FILTER_THEME = { id: 'labour', label: 'Labour and strikes' };
/**
 * A click on the picture's first item is answered once it shows as selected: by the page, or
 * before the page's scripts have run by the picture's inline script (early-input-script.js).
 */
const PICTURE_CLICK = {
	selector: '.canvas .picture a.label[data-picture-id]',
	answered:
		'.canvas .picture .label:is(.selected, [data-early-selected]), .canvas .vis-item.vis-selected'
};
/** The engine's chunk, told by a class name only vis-timeline has (as e2e/picture.e2e.ts does). */
const isEngineChunk = (/** @type {string} */ buildDir, /** @type {string} */ path) =>
	path.endsWith('.js') && readFileSync(join(buildDir, path), 'utf8').includes('vis-item-overflow');

/** @param {string} text */
const escapeHtml = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Loads the home page of a built site `loads` times for the time to draw, then measures
 * interactions on the last load; see README "Performance".
 * @param {Browser} browser
 * @param {{ origin: string, buildDir: string, loads: number, gestureMs: number, loadTimeoutMs: number, stepTimeoutMs: number, deadline: number }} options
 */
export async function measureOurs(browser, options) {
	const { origin, buildDir, loads, loadTimeoutMs } = options;
	const collection = JSON.parse(readFileSync(join(buildDir, 'events.json'), 'utf8'));
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const initial = initialAssets(html);
	const label = `ours ${collection.events.length}`;

	/** @type {Array<Awaited<ReturnType<typeof loadMilestones>>>} */
	const loadRuns = [];
	/** @type {Record<string, unknown>} */
	let result = {};
	for (let load = 1; load <= loads; load++) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const external = watchExternalRequests(context);
		try {
			const page = await context.newPage();
			page.setDefaultTimeout(options.stepTimeoutMs);
			/** @type {Set<string>} */
			const requested = new Set();
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin === origin) requested.add(url.pathname.replace(/^\//, ''));
			});
			await page.addInitScript(watchDrawn, {
				selector: drawnAll(collection.events.length),
				interactiveSelector: engineDrawnAll(collection.events.length),
				mountedText: { selector: '.canvas .placeholder', text: 'Loading the timeline' },
				click: PICTURE_CLICK,
				timeoutMs: loadTimeoutMs
			});
			const steps = new StepRunner(`${label}, load ${load}/${loads}`, options.deadline);
			const drawn = await steps.run('load until the timeline is drawn', loadTimeoutMs, async () => {
				await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: loadTimeoutMs });
				await page.waitForFunction(
					() =>
						Reflect.get(window, '__benchInteractive') != null &&
						(Reflect.get(window, '__benchClickable') != null ||
							!document.querySelector('.canvas .picture a.label[data-picture-id]')),
					null,
					{ timeout: loadTimeoutMs }
				);
				// Long tasks are reported a moment after they end.
				await page.waitForTimeout(300);
				return page.evaluate(loadMilestones);
			});
			if (isFailure(drawn)) {
				result = { drawFailed: drawn.failed };
				break;
			}
			loadRuns.push(drawn);
			const loadedByDrawn = [...requested];
			if (load < loads) continue;
			result = {
				...(await interact(page, steps, collection, options)),
				bundle: bundle(buildDir, initial, loadedByDrawn),
				externalRequests: external
			};
		} finally {
			await closeQuietly(context);
		}
	}
	return {
		events: collection.events.length,
		...medianMilestones(loadRuns),
		loadRuns,
		prerenderedFirstEvent: html.includes(escapeHtml(collection.events[0].title)),
		htmlGzipBytes: gzippedBytes(join(buildDir, 'index.html')),
		...result
	};
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {StepRunner} steps
 * @param {{ events: Array<{ id: string, themes: string[] }> }} collection
 * @param {{ gestureMs: number, stepTimeoutMs: number }} options
 */
async function interact(page, steps, collection, { gestureMs, stepTimeoutMs }) {
	/** @template T @param {string} name @param {() => Promise<T>} action */
	const step = (name, action) => steps.run(name, stepTimeoutMs, action);
	// The click that timed the picture selected an event: close it, as a reader would.
	await step('close the details', async () => {
		const close = page.getByRole('button', { name: /^Close details of/ });
		if (await close.isVisible()) await close.click();
	});
	await step('settle', () => page.waitForTimeout(1500));
	const heapBytes = await step('heap', () => usedHeap(page));
	const idle = await step('idle frames', () =>
		framesDuring(page, AXIS, () => page.waitForTimeout(1000))
	);
	const pan = await step('pan', () =>
		framesDuring(page, AXIS, () => dragAcross(page, '.canvas', gestureMs))
	);
	await step('settle', () => page.waitForTimeout(800));
	const zoom = await step('wheel zoom', () =>
		framesDuring(page, AXIS, () => wheelOver(page, '.canvas', gestureMs))
	);
	await step('settle', () => page.waitForTimeout(800));

	const syncAnimated = await step('narrative sync', () =>
		page.evaluate(scrollNarrativeAndTime, { fraction: 0.5, timeoutMs: stepTimeoutMs })
	);
	const syncReduced = await step('narrative sync, reduced motion', async () => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.waitForTimeout(500);
		return page.evaluate(scrollNarrativeAndTime, { fraction: 0.6, timeoutMs: stepTimeoutMs });
	});

	const filter = await step('theme filter', async () => {
		await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
		await page.getByRole('button', { name: 'Fit all' }).click();
		await page.waitForTimeout(1000);
		return applyThemeFilter(page, collection, stepTimeoutMs);
	});
	return {
		heapBytes,
		idle,
		pan,
		zoom,
		sync: { animated: syncAnimated, reducedMotion: syncReduced },
		filter
	};
}

/** Closing a page whose main thread is busy can itself take long; do not wait for ever. */
export async function closeQuietly(/** @type {{ close: () => Promise<void> }} */ context) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	await Promise.race([
		context.close().catch(() => {}),
		new Promise((resolve) => (timer = setTimeout(resolve, 15000)))
	]);
	clearTimeout(timer);
}

/**
 * Clicks the "only" button of one theme and times the count line and the timeline catching up.
 * @param {import('@playwright/test').Page} page
 * @param {{ events: Array<{ id: string, themes: string[] }> }} collection
 * @param {number} timeoutMs
 */
async function applyThemeFilter(page, collection, timeoutMs) {
	const wantedIds = collection.events
		.filter((event) => event.themes.includes(FILTER_THEME.id))
		.map((event) => event.id);
	await page.evaluate(armFilterTimer, { wantedIds, timeoutMs });
	await page.getByRole('button', { name: `Only ${FILTER_THEME.label}` }).click();
	await page.waitForFunction(() => Reflect.get(window, '__benchFilter')?.done === true, null, {
		timeout: timeoutMs
	});
	const timer = await page.evaluate(() => Reflect.get(window, '__benchFilter'));
	const since = (/** @type {number | null} */ time) =>
		time === null ? null : time - timer.clickAt;
	return {
		theme: FILTER_THEME.id,
		shown: wantedIds.length,
		countMs: since(timer.countAt),
		timelineMs: timer.hadOthers ? since(timer.timelineAt) : null,
		countText: timer.countText
	};
}

/**
 * @param {string} buildDir
 * @param {string[]} initial paths index.html asks for
 * @param {string[]} requested paths the browser fetched by the time the timeline was drawn
 */
function bundle(buildDir, initial, requested) {
	// The engine is preloaded by index.html, but it is not needed before the timeline.
	const first = initial.filter((path) => !isEngineChunk(buildDir, path));
	const engine = requested.filter((path) => /\.(?:js|css)$/.test(path) && !first.includes(path));
	const before = assetSizes(buildDir, first);
	const timeline = assetSizes(buildDir, engine);
	return {
		beforeTimeline: before,
		timelineEngine: timeline,
		totalJs: before.js + timeline.js,
		totalCss: before.css + timeline.css
	};
}
