import { expect, test, type Page } from '@playwright/test';

// Nothing a reader sees moves as a page's scripts arrive (issue #28, item 7). Lighthouse measured
// a cumulative layout shift of 0.343 on /lessons/new/ on a phone and 0.128 on / on a desktop.
// The page's scripts are held until it has painted, as a phone's come late, so that whatever
// they move is seen; the shifts are summed as Lighthouse sums them, once the page is ready.

interface Shifts {
	list: { value: number; nodes: string[] }[];
	observer: PerformanceObserver;
}

/** Opens `path`, its scripts held until its first paint, with every layout shift recorded. */
async function openPaintedFirst(page: Page, path: string) {
	await page.addInitScript(() => {
		const list: Shifts['list'] = [];
		const record = (entries: PerformanceEntryList) => {
			for (const entry of entries as unknown as {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node }[];
			}[])
				if (!entry.hadRecentInput)
					list.push({
						value: entry.value,
						nodes: entry.sources.map((source) =>
							source.node instanceof Element
								? `${source.node.localName}.${[...source.node.classList].join('.')}`
								: String(source.node?.nodeName)
						)
					});
		};
		const observer = new PerformanceObserver((entries) => record(entries.getEntries()));
		observer.observe({ type: 'layout-shift', buffered: true });
		(window as unknown as { shifts: Shifts & { record: typeof record } }).shifts = {
			list,
			observer,
			record
		};
	});
	let release = () => {};
	const painted = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await painted;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'commit' });
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
		.toBe(1);
	release();
}

/** The shifts so far, those not yet reported included: their sum, and what moved in each. */
function shifts(page: Page) {
	return page.evaluate(() => {
		const shifts = (
			window as unknown as {
				shifts: Shifts & { record: (entries: PerformanceEntryList) => void };
			}
		).shifts;
		shifts.record(shifts.observer.takeRecords());
		return {
			total: Math.round(shifts.list.reduce((sum, shift) => sum + shift.value, 0) * 1000) / 1000,
			moved: shifts.list
				.filter((shift) => shift.value > 0.001)
				.map((shift) => shift.nodes.join(', '))
		};
	});
}

for (const width of [390, 1280])
	test(`the explorer moves nothing as it arrives, at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
		await openPaintedFirst(page, '/');
		await expect(page.locator('.canvas.ready')).toBeVisible();
		await expect(page.getByText(/^Reading|^Point at or choose/)).toBeVisible();
		const { total, moved } = await shifts(page);
		expect(total, moved.join(' | ')).toBeLessThan(0.05);
	});

test('the lesson builder moves nothing as it arrives, on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openPaintedFirst(page, '/lessons/new/');
	await expect(page.getByRole('heading', { name: 'Title and introduction' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download the lesson file' })).toBeVisible();
	const { total, moved } = await shifts(page);
	expect(total, moved.join(' | ')).toBeLessThan(0.05);
});
