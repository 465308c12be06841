import { runCommand } from './processes.mjs';
import { progress } from './steps.mjs';

/**
 * The finder's timings (tools/finder-speed/speed.ts), in their own process so that the page
 * measurements start from a quiet machine. TimelineJS has no finder, so there is no ratio here:
 * the article's aim is an absolute one, under 100 ms.
 * @returns {Promise<object>}
 */
export async function measureFinder() {
	progress('timing the finder');
	const run = await runCommand('npx', ['tsx', 'tools/finder-speed/speed.ts', '--json'], {
		timeoutMs: 180_000
	});
	const json = run.output.trim().split('\n').at(-1) ?? '';
	if (run.code !== 0) return { failed: run.timedOut ? 'timed out' : run.output.slice(-2000) };
	try {
		return JSON.parse(json);
	} catch {
		return { failed: `not JSON: ${json.slice(0, 200)}` };
	}
}

/** @param {any} finder */
export function formatFinder(finder) {
	if (!finder || finder.failed)
		return `Finder: the timing failed (${finder?.failed ?? 'no result'})`;
	const { article, long } = finder;
	const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
	const met = article.medianMs < 100 ? 'met' : 'missed';
	return [
		'Finder (no TimelineJS counterpart; an absolute aim):',
		`  the article, ${article.words} words: median ${ms(article.medianMs)} (aim under 100 ms: ${met}); first run in a fresh process ${ms(article.firstRunMs)}`,
		`  a ${long.words}-word text in ${long.chunks} chunks: ${ms(long.totalMs)} in all, longest chunk ${ms(long.longestChunkMs)}`
	].join('\n');
}
