/**
 * Runs measurement steps against one page with a deadline each. A step that overruns marks the
 * page as stuck (its main thread is busy, so later steps would only queue behind it) and the
 * rest are skipped; the report then says which step gave up, instead of the run hanging.
 */
export class StepRunner {
	/**
	 * @param {string} label shown in progress lines, e.g. "ours 10000"
	 * @param {number} deadline epoch ms after which steps are skipped: the run's time budget
	 */
	constructor(label, deadline) {
		this.label = label;
		this.deadline = deadline;
		/** @type {string | null} */
		this.stuckAt = null;
	}

	/**
	 * @template T
	 * @param {string} name
	 * @param {number} timeoutMs
	 * @param {() => Promise<T>} action
	 * @returns {Promise<T | { failed: string }>}
	 */
	async run(name, timeoutMs, action) {
		if (this.stuckAt) return { failed: `skipped: the page was still busy with ${this.stuckAt}` };
		const left = this.deadline - Date.now();
		if (left < 5000) {
			progress(`${this.label}: ${name} skipped, the time budget ran out`);
			return { failed: 'skipped: the time budget ran out' };
		}
		const limit = Math.min(timeoutMs, left);
		const started = performance.now();
		/** @type {ReturnType<typeof setTimeout> | undefined} */
		let timer;
		const pending = action();
		// A step that lost the race may still fail later; that must not end the whole run.
		pending.catch(() => {});
		const deadline = new Promise((resolve) => {
			timer = setTimeout(() => resolve(TIMED_OUT), limit);
		});
		try {
			const value = await Promise.race([pending, deadline]);
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			if (value === TIMED_OUT) {
				this.stuckAt = name;
				progress(`${this.label}: ${name} gave up after ${seconds} s`);
				return { failed: `timed out after ${Math.round(limit / 1000)} s` };
			}
			progress(`${this.label}: ${name} (${seconds} s)`);
			return /** @type {T} */ (value);
		} catch (error) {
			progress(`${this.label}: ${name} failed: ${/** @type {Error} */ (error).message}`);
			return { failed: /** @type {Error} */ (error).message.split('\n')[0] ?? 'failed' };
		} finally {
			clearTimeout(timer);
		}
	}
}

const TIMED_OUT = Symbol('timed out');

/** Progress goes to stderr, so stdout holds only the table. */
export function progress(/** @type {string} */ message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/**
 * @param {unknown} value
 * @returns {value is { failed: string }}
 */
export function isFailure(value) {
	return typeof value === 'object' && value !== null && 'failed' in value;
}
