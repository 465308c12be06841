import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { formatFinder, measureFinder } from './finder.mjs';
import { benchEventsDir, generateDataset, writeDataset } from './generate.mjs';
import { formatMaker, measureMaker } from './make.mjs';
import { measureOurs } from './measure-ours.mjs';
import { measureTimelineJs } from './measure-timelinejs.mjs';
import { freePort, runCommand, startServer } from './processes.mjs';
import { failureNotes, formatTable } from './report.mjs';
import { progress } from './steps.mjs';

/**
 * npm run bench: builds the site from the real events (20) and from 100 and 1,000 generated
 * ones, measures each build and TimelineJS with the same events in headless Chromium, and
 * prints a table. BENCH_SIZES=real,100,1000,10000 picks sizes (`real` is events/); BENCH_BUDGET_S (default 600) bounds the whole run and
 * BENCH_LOAD_TIMEOUT_S (default 240) one page load; BENCH_REUSE_BUILDS=1 keeps builds that
 * already exist (only while working on the harness: a changed src/ needs new builds).
 */

/** Sizes to measure: a number of generated events, or `real`, the project's own events/. */
const sizes = (process.env.BENCH_SIZES ?? 'real,100,1000')
	.split(',')
	.map((size) => (size.trim() === 'real' ? 'real' : Number(size)));
const budgetMs = Number(process.env.BENCH_BUDGET_S ?? 600) * 1000;
const reuseBuilds = process.env.BENCH_REUSE_BUILDS === '1';
const loadTimeoutMs = Number(process.env.BENCH_LOAD_TIMEOUT_S ?? 240) * 1000;
const started = Date.now();
const remaining = () => started + budgetMs - Date.now();
const buildDir = (/** @type {number | 'real'} */ size) => join('.tmp', 'bench', `build-${size}`);

/**
 * @typedef {{ ms?: number, ok?: boolean, timedOut?: boolean, reused?: boolean, output?: string }} BuildResult
 * @typedef {{ size: number | 'real', build?: BuildResult, ours?: object, timelineJs?: object, skipped?: string, loadAverageBefore?: number[], loadAverageAfter?: number[] }} SizeResult
 */

/** The part of the budget kept for TimelineJS at each size, so our slow page cannot eat it. */
const TIMELINEJS_RESERVE_MS = 120_000;

/** Loads of the page for the median time to draw; the largest size is too slow for more. */
const loadsFor = (/** @type {number | 'real'} */ size) =>
	size !== 'real' && size >= 10000 ? 1 : 3;

async function main() {
	// BUILD_DIR builds read a tsconfig that extends .svelte-kit/tsconfig.json, which sync writes.
	await runCommand('npx', ['svelte-kit', 'sync'], { timeoutMs: 60_000 });

	const finder = await measureFinder();
	/** @type {object | undefined} */
	let maker;

	/** @type {SizeResult[]} */
	const results = sizes.map((size) => ({ size }));
	for (const result of results) {
		const dir = result.size === 'real' ? 'events' : benchEventsDir(result.size);
		if (result.size !== 'real') writeDataset(generateDataset({ count: result.size }), dir);
		if (reuseBuilds && existsSync(join(buildDir(result.size), 'index.html'))) {
			result.build = { reused: true };
			continue;
		}
		progress(`building ${result.size} events`);
		const build = await runCommand('npx', ['vite', 'build'], {
			env: { EVENTS_DIR: dir, BUILD_DIR: buildDir(result.size) },
			timeoutMs: Math.max(60_000, remaining() - 60_000)
		});
		result.build = { ms: Math.round(build.ms), ok: build.code === 0, timedOut: build.timedOut };
		progress(`built ${result.size} events in ${(build.ms / 1000).toFixed(1)} s`);
		if (build.code !== 0) result.build.output = build.output.slice(-3000);
	}

	for (const result of results) {
		if (!result.build?.ok && !result.build?.reused) {
			result.skipped = 'the build failed';
			continue;
		}
		if (remaining() < 60_000) {
			result.skipped = `the ${budgetMs / 1000} s budget ran out`;
			continue;
		}
		result.loadAverageBefore = loadavg();
		const options = {
			buildDir: buildDir(result.size),
			loads: loadsFor(result.size),
			gestureMs: 1500,
			loadTimeoutMs: loadTimeoutMs,
			stepTimeoutMs: 60_000,
			// Our page stops early enough to leave TimelineJS its share of the budget.
			deadline: started + budgetMs - TIMELINEJS_RESERVE_MS
		};
		result.ours = await inFreshBrowser((browser) => measureServed(browser, options));
		if (result.size === 'real')
			maker = await inFreshBrowser((browser) =>
				measureServed(browser, options, (origin) => measureMaker(browser, origin))
			);
		result.timelineJs = await inFreshBrowser((browser) =>
			measureTimelineJs(browser, {
				...options,
				loadTimeoutMs: TIMELINEJS_RESERVE_MS,
				deadline: started + budgetMs
			})
		);
		result.loadAverageAfter = loadavg();
	}

	const report = {
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
		totalMs: Date.now() - started,
		sizes: results,
		finder,
		maker
	};
	const json = JSON.stringify(report, null, '\t');
	mkdirSync(join('bench', 'out'), { recursive: true });
	writeFileSync(join('.tmp', 'bench', 'results.json'), json);
	const stamp = report.date.slice(0, 16).replace(':', '-');
	writeFileSync(join('bench', 'out', `results-${stamp}.json`), json);
	console.log(formatTable(results));
	console.log(`\n${formatFinder(finder)}`);
	console.log(`\n${formatMaker(maker)}`);
	const notes = results.flatMap((result) => failureNotes(result, String(result.size)));
	if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
	const load = results
		.map((result) => `${result.size}: ${result.loadAverageBefore?.[0]?.toFixed(1) ?? '–'}`)
		.join(', ');
	console.log(`\nLoad average (1 min) before each size, on ${cpus().length} cores: ${load}`);
	console.log(
		`Whole run: ${(report.totalMs / 1000).toFixed(0)} s. Results: .tmp/bench/results.json`
	);
}

/**
 * Each measurement gets its own browser: closing it is the sure way to stop a page that is still
 * busy after a step gave up, which would otherwise take CPU from the next measurement.
 * @template T
 * @param {(browser: import('@playwright/test').Browser) => Promise<T>} measure
 */
async function inFreshBrowser(measure) {
	const browser = await launchChromium();
	try {
		return await measure(browser);
	} finally {
		await browser.close();
	}
}

/**
 * Serves one build with vite preview on a free loopback port while it is measured: the explorer
 * by default, or what `measure` measures there.
 * @template T
 * @param {import('@playwright/test').Browser} browser
 * @param {Omit<Parameters<typeof measureOurs>[1], 'origin'>} options
 * @param {(origin: string) => Promise<T>} [measure]
 */
async function measureServed(browser, options, measure) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const server = await startServer(
		'npx',
		['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ env: { BUILD_DIR: options.buildDir }, url: `${origin}/`, timeoutMs: 30_000 }
	);
	try {
		return measure ? await measure(origin) : await measureOurs(browser, { ...options, origin });
	} finally {
		await server.stop();
	}
}

await main();
