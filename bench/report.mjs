/**
 * The stdout table: one block per dataset size, our figure beside TimelineJS's, their ratio
 * (ours ÷ theirs, so below 1 means we are faster or smaller) and the lead's target.
 */

/** @typedef {{ failed: string }} Failure */

/** @type {{ drawn: Record<number, number>, frameP95: Record<number, number>, filter: Record<number, number>, totalJsKb: number }} */
const TARGETS = {
	drawn: { 100: 150, 10000: 1000 },
	frameP95: { 10000: 16.7 },
	filter: { 10000: 100 },
	totalJsKb: 120
};

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isNumber(value) {
	return typeof value === 'number' && Number.isFinite(value);
}

/**
 * @param {unknown} value
 * @param {string} unit
 */
function show(value, unit, digits = 0) {
	if (isNumber(value)) return `${value.toFixed(digits)} ${unit}`.trim();
	if (value && typeof value === 'object' && 'failed' in value) return 'failed*';
	return '–';
}

/** @param {unknown} ours @param {unknown} theirs */
function ratio(ours, theirs) {
	if (!isNumber(ours) || !isNumber(theirs) || theirs === 0) return '';
	return `${(ours / theirs).toFixed(2)}×`;
}

/**
 * Issue #17's targets, as ratios to TimelineJS in the same run, by measure; `sizes` limits one
 * to some sizes (`real` is the project's own events).
 * @type {Record<string, { most: number, sizes?: Array<number | 'real'> }>}
 */
const RATIO_TARGETS = {
	firstPaintMs: { most: 0.7 },
	clickableMs: { most: 0.7 },
	interactiveMs: { most: 1.0, sizes: ['real', 100] }
};

/** @param {unknown} ours @param {unknown} theirs @param {number} most */
function againstRatio(ours, theirs, most) {
	if (!isNumber(ours) || !isNumber(theirs) || theirs === 0) return `≤ ${most.toFixed(1)}×`;
	return `≤ ${most.toFixed(1)}× ${ours / theirs <= most ? 'met' : 'missed'}`;
}

/**
 * @param {unknown} value
 * @param {number | undefined} target
 * @param {string} unit
 */
function against(value, target, unit) {
	if (target === undefined) return '';
	const verdict = isNumber(value)
		? /** @type {number} */ (value) <= target
			? 'met'
			: 'missed'
		: '';
	return `≤ ${target} ${unit} ${verdict}`.trim();
}

/**
 * A nested field such as "pan.p95"; a failed step on the way is returned as it is.
 * @param {unknown} object
 * @param {string} path
 * @returns {unknown}
 */
function read(object, path) {
	let value = object;
	for (const key of path.split('.')) {
		if (value === null || value === undefined || typeof value !== 'object') return undefined;
		if ('failed' in value) return value;
		value = /** @type {Record<string, unknown>} */ (value)[key];
	}
	return value;
}

/**
 * @typedef {{ ms?: number, reused?: boolean }} BuildResult
 * @typedef {{ drawFailed?: string, prerenderedFirstEvent?: boolean }} PageResult
 * @param {Array<{ size: number | 'real', build?: BuildResult, ours?: PageResult & { events?: number }, timelineJs?: PageResult, skipped?: string }>} sizes
 * @returns {string}
 */
export function formatTable(sizes) {
	const rows = [['Measure', 'Ours', 'TimelineJS', 'Ratio', 'Target']];
	const kb = (/** @type {unknown} */ bytes) => (isNumber(bytes) ? Number(bytes) / 1024 : bytes);
	for (const { size, build, ours, timelineJs, skipped } of sizes) {
		const heading =
			size === 'real'
				? `${ours?.events ?? 'the'} real events`
				: `${size.toLocaleString('en')} events`;
		rows.push([`— ${heading} —`, '', '', '', '']);
		if (skipped) {
			rows.push([`skipped: ${skipped}`, '', '', '', '']);
			continue;
		}
		/** @param {string} label @param {string} path @param {string} unit @param {number} [target] @param {number} [digits] @param {(v: unknown) => unknown} [scale] */
		const row = (label, path, unit, target, digits = 0, scale = (value) => value) => {
			const mine = scale(read(ours, path));
			const theirs = timelineJs ? scale(read(timelineJs, path)) : undefined;
			const ratioTarget = RATIO_TARGETS[path];
			const judged =
				ratioTarget && (!ratioTarget.sizes || ratioTarget.sizes.includes(size))
					? againstRatio(mine, theirs, ratioTarget.most)
					: against(mine, target, unit);
			rows.push([
				label,
				show(mine, unit, digits),
				theirs === undefined ? 'n/a' : show(theirs, unit, digits),
				ratio(mine, theirs),
				judged
			]);
		};
		const buildSeconds = build?.reused ? 'reused' : show((build?.ms ?? NaN) / 1000, 's', 1);
		rows.push(['Build (vite build)', buildSeconds, '', '', '']);
		if (ours?.drawFailed) rows.push([`Ours: load ${ours.drawFailed}`, '', '', '', '']);
		if (timelineJs?.drawFailed)
			rows.push([`TimelineJS: load ${timelineJs.drawFailed}`, '', '', '', '']);
		const sized = typeof size === 'number' ? size : 0;
		row('First contentful paint', 'firstPaintMs', 'ms');
		row('Hydrated (timeline mounted)', 'mountedMs', 'ms');
		row('Timeline drawn, every event (picture or engine)', 'drawnMs', 'ms', TARGETS.drawn[sized]);
		row('Picture answers a click (theirs: loaded)', 'clickableMs', 'ms');
		row('vis-timeline has drawn (theirs: loaded)', 'interactiveMs', 'ms');
		row('Main thread busy until', 'busyUntilMs', 'ms');
		row('Long tasks, total over 50 ms', 'blockingMs', 'ms');
		row('Idle frame p95', 'idle.p95', 'ms', undefined, 1);
		row('Pan frame p50', 'pan.p50', 'ms', undefined, 1);
		row('Pan frame p95', 'pan.p95', 'ms', TARGETS.frameP95[sized], 1);
		row('Zoom frame p50 (theirs: buttons)', 'zoom.p50', 'ms', undefined, 1);
		row('Zoom frame p95 (theirs: buttons)', 'zoom.p95', 'ms', TARGETS.frameP95[sized], 1);
		row('Theme filter: count line', 'filter.countMs', 'ms', TARGETS.filter[sized]);
		row('Theme filter: timeline', 'filter.timelineMs', 'ms', TARGETS.filter[sized]);
		row('Scroll → timeline sync', 'sync.animated.timelineAt', 'ms');
		row('Scroll → sync, reduced motion', 'sync.reducedMotion.timelineAt', 'ms');
		row('JS heap after load', 'heapBytes', 'MB', undefined, 1, (value) =>
			isNumber(value) ? Number(value) / 1048576 : value
		);
		row('HTML, gzipped', 'htmlGzipBytes', 'KB', undefined, 0, kb);
		row('JS before timeline, gzipped', 'bundle.beforeTimeline.js', 'KB', undefined, 1, kb);
		row('JS of timeline engine, gzipped', 'bundle.timelineEngine.js', 'KB', undefined, 1, kb);
		row('JS total, gzipped', 'bundle.totalJs', 'KB', TARGETS.totalJsKb, 1, kb);
		row('CSS total, gzipped', 'bundle.totalCss', 'KB', undefined, 1, kb);
		rows.push([
			'First event in prerendered HTML',
			ours?.prerenderedFirstEvent ? 'yes' : 'no',
			'',
			'',
			''
		]);
	}
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows
		.map((row) =>
			row
				.map((cell, column) => cell.padEnd(widths[column]))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/**
 * Every step that failed or was skipped, with its reason, for the lines under the table.
 * @param {unknown} value
 * @param {string} path
 * @returns {string[]}
 */
export function failureNotes(value, path = '') {
	if (value === null || typeof value !== 'object') return [];
	if ('failed' in value) return [`* ${path}: ${String(value.failed)}`];
	if ('drawFailed' in value && value.drawFailed) {
		return [
			`* ${path}: the page was not drawn (${String(value.drawFailed)}); nothing else measured`
		];
	}
	return Object.entries(value).flatMap(([key, child]) =>
		failureNotes(child, path ? `${path}.${key}` : key)
	);
}
