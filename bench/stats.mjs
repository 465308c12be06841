/**
 * @param {number[]} values
 * @param {number} fraction 0.5 for the median, 0.95 for p95
 */
export function percentile(values, fraction) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return sorted[rank];
}

/** @param {number[]} values */
export function median(values) {
	return percentile(values, 0.5);
}

/**
 * Frame intervals from requestAnimationFrame timestamps.
 * @param {number[]} timestamps
 */
export function frameSummary(timestamps) {
	const deltas = timestamps.slice(1).map((time, index) => time - timestamps[index]);
	return {
		frames: deltas.length,
		p50: percentile(deltas, 0.5),
		p95: percentile(deltas, 0.95),
		max: deltas.length > 0 ? Math.max(...deltas) : null,
		/** Frames that took longer than two vsync intervals: visibly dropped. */
		over33: deltas.filter((delta) => delta > 33.4).length
	};
}

/**
 * The median of each load milestone over several loads, as `<name>Ms`.
 * @param {Array<Record<string, number | null>>} runs
 */
export function medianMilestones(runs) {
	/** @type {Record<string, number | null>} */
	const medians = {};
	for (const name of Object.keys(runs[0] ?? {})) {
		const values = runs.map((run) => run[name]).filter((value) => typeof value === 'number');
		medians[`${name}Ms`] = median(/** @type {number[]} */ (values));
	}
	return medians;
}
