/**
 * Functions that run inside the page (passed to Playwright's addInitScript and evaluate), so
 * each must be self-contained. Times are performance.now(): milliseconds since navigation start.
 * Polling happens in requestAnimationFrame, so a time is that of the first frame that can show
 * the change.
 */

/**
 * With `click`: until `click.answered` matches, each frame clicks the first `click.selector`
 * (a picture item) with a synthetic click whose default action (following the link) is
 * prevented, and records the first frame that shows it answered (window.__benchClickable):
 * when the picture answers a click. Without it, clickable is the same as interactive.
 *
 * Init script: records when `selector` first matches (window.__benchDrawn: every event drawn,
 * as the prerendered picture or by the engine), when `interactiveSelector` first matches
 * (window.__benchInteractive: the engine has drawn them, so the timeline answers to pointer
 * and keys; the same as drawn when not given), when `mountedText`
 * first shows (our timeline's "Loading the timeline…" placeholder, which appears once the page
 * has hydrated), and every long task, so a slow load can be split into its parts.
 * @param {{ selector: string, interactiveSelector?: string, mountedText: { selector: string, text: string } | null, click?: { selector: string, answered: string } | null, timeoutMs: number }} options
 */
export function watchDrawn({ selector, interactiveSelector, mountedText, click, timeoutMs }) {
	const probe =
		/** @type {Window & { __benchDrawn?: number | null, __benchInteractive?: number | null, __benchClickable?: number | null, __benchMounted?: number | null, __benchLongTasks?: Array<[number, number]> }} */ (
			window
		);
	const PROBE_CLICK = '__benchProbeClick';
	probe.__benchClickable = null;
	if (click) {
		// Our own clicks only: whatever the page did with them, the link is not followed.
		document.addEventListener('click', (event) => {
			if (Reflect.get(event, PROBE_CLICK)) event.preventDefault();
		});
	}
	probe.__benchDrawn = null;
	probe.__benchInteractive = null;
	probe.__benchMounted = null;
	probe.__benchLongTasks = [];
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				probe.__benchLongTasks?.push([entry.startTime, entry.duration]);
			}
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// Long tasks are a Chromium extra; the times below do not depend on them.
	}
	const poll = () => {
		const now = performance.now();
		if (
			mountedText &&
			probe.__benchMounted === null &&
			document.querySelector(mountedText.selector)?.textContent?.includes(mountedText.text)
		)
			probe.__benchMounted = now;
		if (probe.__benchDrawn === null && document.querySelector(selector)) probe.__benchDrawn = now;
		if (
			probe.__benchInteractive === null &&
			document.querySelector(interactiveSelector ?? selector)
		)
			probe.__benchInteractive = now;
		if (click && probe.__benchClickable === null) {
			if (document.querySelector(click.answered)) probe.__benchClickable = now;
			else {
				const target = document.querySelector(click.selector);
				if (target) {
					const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
					Reflect.set(event, PROBE_CLICK, true);
					target.dispatchEvent(event);
				}
			}
		}
		// A picture of counts alone (past a few hundred events) has no item to click: then the
		// engine's drawing is the first thing that answers, and clickable falls back to it.
		const clickWaiting =
			click != null &&
			probe.__benchClickable === null &&
			!(probe.__benchInteractive !== null && !document.querySelector(click.selector));
		const waiting =
			probe.__benchDrawn === null || probe.__benchInteractive === null || clickWaiting;
		if (waiting && now < timeoutMs) requestAnimationFrame(poll);
	};
	requestAnimationFrame(poll);
}

/** After the drawn time is known: the milestones of the load, in ms since navigation start. */
export function loadMilestones() {
	const probe =
		/** @type {Window & { __benchDrawn?: number | null, __benchInteractive?: number | null, __benchClickable?: number | null, __benchMounted?: number | null, __benchLongTasks?: Array<[number, number]> }} */ (
			window
		);
	const navigation = /** @type {PerformanceNavigationTiming | undefined} */ (
		performance.getEntriesByType('navigation')[0]
	);
	const longTasks = probe.__benchLongTasks ?? [];
	const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
	// A frame callback can run before the browser has shown anything (while it holds the first
	// paint): what the page holds is not seen before its first contentful paint.
	const seen = (/** @type {number | null | undefined} */ time) =>
		time == null ? null : Math.max(time, firstPaint ?? 0);
	return {
		drawn: seen(probe.__benchDrawn),
		interactive: seen(probe.__benchInteractive),
		clickable: seen(probe.__benchClickable ?? probe.__benchInteractive),
		mounted: probe.__benchMounted ?? null,
		firstPaint,
		domContentLoaded: navigation?.domContentLoadedEventEnd ?? null,
		loaded: navigation?.loadEventEnd ?? null,
		longestTask: Math.max(0, ...longTasks.map(([, duration]) => duration)),
		blocking: longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
		/** The end of the last long task so far: when the page could first answer promptly. */
		busyUntil: Math.max(0, ...longTasks.map(([start, duration]) => start + duration))
	};
}

/**
 * Starts recording frame timestamps and how often `signatureSelector`'s layout changed, which
 * shows that a gesture really moved the timeline. Stop with stopFrames.
 * @param {string} signatureSelector
 */
export function startFrames(signatureSelector) {
	const probe = /** @type {Window & { __benchFrames?: unknown }} */ (window);
	const recording = { times: /** @type {number[]} */ ([]), changes: 0, running: true };
	let last = '';
	const signature = () => {
		const element = document.querySelector(signatureSelector);
		if (!element) return '';
		const box = element.getBoundingClientRect();
		const style = element.getAttribute('style') ?? '';
		return `${element.textContent?.slice(0, 40)}|${style}|${Math.round(box.left)}|${box.width}`;
	};
	last = signature();
	const tick = (/** @type {number} */ time) => {
		recording.times.push(time);
		const now = signature();
		if (now !== last) recording.changes++;
		last = now;
		if (recording.running && recording.times.length < 20000) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	probe.__benchFrames = recording;
}

/** @returns {{ times: number[], changes: number }} */
export function stopFrames() {
	const recording = /** @type {{ times: number[], changes: number, running: boolean }} */ (
		Reflect.get(window, '__benchFrames')
	);
	recording.running = false;
	return { times: recording.times, changes: recording.changes };
}

/**
 * Arms a timer for the next click: from the click's own timestamp until the count line changes
 * and no drawn timeline item is outside `wantedIds`. `hadOthers` says whether any were drawn
 * before the click, without which the timeline half proves nothing. Lands in window.__benchFilter.
 * @param {{ wantedIds: string[], timeoutMs: number }} options
 */
export function armFilterTimer({ wantedIds, timeoutMs }) {
	const probe = /** @type {Window & { __benchFilter?: unknown }} */ (window);
	const wanted = new Set(wantedIds);
	const countLine = document.querySelector('p.count[role="status"]');
	const before = countLine?.textContent ?? '';
	const othersDrawn = () => {
		for (const item of document.querySelectorAll('.canvas .vis-item[data-id]')) {
			const id = /** @type {HTMLElement} */ (item).dataset.id ?? '';
			// Counted bins are rebuilt from the filtered events, so they hold no other theme.
			if (!id.startsWith('aggregate:') && !wanted.has(id)) return true;
		}
		return false;
	};
	const result = {
		done: false,
		hadOthers: othersDrawn(),
		clickAt: 0,
		countAt: /** @type {number | null} */ (null),
		timelineAt: /** @type {number | null} */ (null),
		countText: ''
	};
	probe.__benchFilter = result;
	const poll = () => {
		const now = performance.now();
		if (result.countAt === null && (countLine?.textContent ?? '') !== before) {
			result.countAt = now;
			result.countText = (countLine?.textContent ?? '').replace(/\s+/g, ' ').trim();
		}
		if (result.timelineAt === null && !othersDrawn()) result.timelineAt = now;
		if ((result.countAt !== null && result.timelineAt !== null) || now > result.clickAt + timeoutMs)
			result.done = true;
		else requestAnimationFrame(poll);
	};
	addEventListener(
		'click',
		(event) => {
			result.clickAt = event.timeStamp;
			requestAnimationFrame(poll);
		},
		{ capture: true, once: true }
	);
}

/**
 * Scrolls the window so that the narrative entry at `fraction` of the list crosses the reading
 * line (30% down the viewport, as ExplorerView's readingLine on a wide screen), then times the
 * entry becoming current and the matching timeline item being marked.
 * @param {{ fraction: number, timeoutMs: number }} options
 */
export function scrollNarrativeAndTime({ fraction, timeoutMs }) {
	return new Promise((resolve) => {
		const entries = document.querySelectorAll('[data-event-id]');
		const entry = /** @type {HTMLElement} */ (entries[Math.floor(entries.length * fraction)]);
		const id = entry.dataset.eventId ?? '';
		const top = entry.getBoundingClientRect().top + scrollY - innerHeight * 0.3 + 8;
		const result = {
			id,
			firstFrameAt: /** @type {number | null} */ (null),
			narrativeAt: /** @type {number | null} */ (null),
			timelineAt: /** @type {number | null} */ (null)
		};
		const start = performance.now();
		scrollTo({ top, behavior: 'instant' });
		const poll = () => {
			const now = performance.now();
			result.firstFrameAt ??= now - start;
			if (result.narrativeAt === null && entry.classList.contains('current'))
				result.narrativeAt = now - start;
			if (
				result.timelineAt === null &&
				document.querySelector(`.vis-item.is-current[data-id="${id}"]`)
			)
				result.timelineAt = now - start;
			if ((result.narrativeAt !== null && result.timelineAt !== null) || now - start > timeoutMs)
				resolve(result);
			else requestAnimationFrame(poll);
		};
		requestAnimationFrame(poll);
	});
}
