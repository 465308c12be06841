import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { usedHeap, watchExternalRequests } from './browser.mjs';
import { assetSizes } from './bundle-size.mjs';
import { clickZoom, dragAcross, framesDuring } from './gestures.mjs';
import { closeQuietly, VIEWPORT } from './measure-ours.mjs';
import { loadMilestones, watchDrawn } from './page-probes.mjs';
import { medianMilestones } from './stats.mjs';
import { StepRunner, isFailure } from './steps.mjs';
import { startStaticServer } from './static-server.mjs';
import { timelineJsPage, toTimelineJs } from './timelinejs-data.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */

const DIST = join('node_modules', '@knight-lab', 'timelinejs', 'dist');
/** TimelineJS builds its slides and then its time navigator; a marker there means both exist. */
const DRAWN = '.tl-timenav .tl-timemarker';
/** Its `loaded` event (see timelineJsPage): from then on it answers clicks and keys. */
const LOADED = 'html[data-bench-loaded]';
const SLIDER = '.tl-timenav-slider';

/**
 * TimelineJS 3 with the same events, served from a loopback server of our own. It has no theme
 * filter and no narrative, so only loading, panning, zooming (with its buttons: it has no wheel
 * zoom), heap and bundle are measured.
 * @param {Browser} browser
 * @param {{ buildDir: string, loads: number, gestureMs: number, loadTimeoutMs: number, stepTimeoutMs: number, deadline: number }} options
 */
export async function measureTimelineJs(browser, options) {
	const { buildDir, loads, loadTimeoutMs, stepTimeoutMs, gestureMs } = options;
	if (!existsSync(join(DIST, 'js', 'timeline.js'))) {
		return { drawFailed: `${DIST} is missing: run npm ci to install the dev dependencies` };
	}
	const collection = JSON.parse(readFileSync(join(buildDir, 'events.json'), 'utf8'));
	const html = timelineJsPage(toTimelineJs(collection));
	const server = await startStaticServer({ pages: { '/': () => html }, mounts: { '/tl/': DIST } });
	const label = `TimelineJS ${collection.events.length}`;
	/** @type {Array<Awaited<ReturnType<typeof loadMilestones>>>} */
	const loadRuns = [];
	/** @type {Record<string, unknown>} */
	let result = {};
	try {
		for (let load = 1; load <= loads; load++) {
			const context = await browser.newContext({ viewport: VIEWPORT });
			const external = watchExternalRequests(context);
			try {
				const page = await context.newPage();
				page.setDefaultTimeout(stepTimeoutMs);
				/** @type {Set<string>} */
				const requested = new Set();
				page.on('request', (request) => {
					const url = new URL(request.url());
					if (url.origin === server.origin) requested.add(url.pathname);
				});
				await page.addInitScript(watchDrawn, {
					selector: DRAWN,
					interactiveSelector: LOADED,
					mountedText: null,
					timeoutMs: loadTimeoutMs
				});
				const steps = new StepRunner(`${label}, load ${load}/${loads}`, options.deadline);
				const drawn = await steps.run('load until drawn', loadTimeoutMs, async () => {
					await page.goto(`${server.origin}/`, { waitUntil: 'commit', timeout: loadTimeoutMs });
					await page.waitForFunction(
						() =>
							Reflect.get(window, '__benchDrawn') != null &&
							Reflect.get(window, '__benchInteractive') != null,
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
				if (load < loads) continue;
				/** @template T @param {string} name @param {() => Promise<T>} action */
				const step = (name, action) => steps.run(name, stepTimeoutMs, action);
				await step('settle', () => page.waitForTimeout(1500));
				result = {
					heapBytes: await step('heap', () => usedHeap(page)),
					idle: await step('idle frames', () =>
						framesDuring(page, SLIDER, () => page.waitForTimeout(1000))
					),
					pan: await step('pan', () =>
						framesDuring(page, SLIDER, () => dragAcross(page, '.tl-timenav', gestureMs, 0.92))
					),
					zoom: await step('button zoom', () =>
						framesDuring(page, SLIDER, () =>
							clickZoom(page, '[aria-label="Zoom in"]', '[aria-label="Zoom out"]', gestureMs)
						)
					),
					markers: await page.locator('.tl-timemarker').count(),
					slides: await page.locator('.tl-slide').count(),
					bundle: bundle([...requested]),
					externalRequests: external
				};
			} finally {
				await closeQuietly(context);
			}
		}
	} finally {
		await server.close();
	}
	return {
		events: collection.events.length,
		...medianMilestones(loadRuns),
		loadRuns,
		htmlGzipBytes: gzipSync(html).length,
		...result
	};
}

/**
 * Everything TimelineJS fetched is its engine: there is no page of ours around it.
 * @param {string[]} requested URL paths fetched from our loopback server
 */
function bundle(requested) {
	const paths = requested.filter((path) => path.startsWith('/tl/')).map((path) => path.slice(4));
	const engine = assetSizes(DIST, paths);
	return { timelineEngine: engine, totalJs: engine.js, totalCss: engine.css };
}
