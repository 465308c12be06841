import { expect, test, type Page } from '@playwright/test';

// Nothing a reader sees moves as a page's scripts arrive (issue #28, item 7). Lighthouse measured
// a cumulative layout shift of 0.343 on /lessons/new/ on a phone and 0.128 on / on a desktop.
// The page loads on a slowed processor and network, as a phone's would, so that its scripts
// come after its first paint; the shifts are summed as Lighthouse sums them, once it is ready.

/** Opens `path` slowed down, with every layout shift not caused by input recorded. */
async function openSlowly(page: Page, path: string) {
	await page.addInitScript(() => {
		const shifts: { value: number; nodes: string[] }[] = [];
		(window as unknown as { shifts: typeof shifts }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node }[];
			}[])
				if (!entry.hadRecentInput)
					shifts.push({
						value: entry.value,
						nodes: entry.sources.map((source) =>
							source.node instanceof Element
								? `${source.node.localName}.${[...source.node.classList].join('.')}`
								: String(source.node?.nodeName)
						)
					});
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: (1.6 * 1024 * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8
	});
	await page.goto(path);
}

/** The shifts so far: their sum, and what moved in each. */
function shifts(page: Page) {
	return page.evaluate(() => {
		const all = (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts;
		return {
			total: Math.round(all.reduce((sum, shift) => sum + shift.value, 0) * 1000) / 1000,
			moved: all.filter((shift) => shift.value > 0.001).map((shift) => shift.nodes.join(', '))
		};
	});
}

for (const width of [390, 1280])
	test(`the explorer moves nothing as it arrives, at ${width} px`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
		await openSlowly(page, '/');
		await expect(page.locator('.canvas.ready')).toBeVisible();
		await expect(page.getByText(/^Reading|^Point at or choose/)).toBeVisible();
		const { total, moved } = await shifts(page);
		expect(total, moved.join(' | ')).toBeLessThan(0.05);
	});

test('the lesson builder moves nothing as it arrives, on a phone', async ({ page }) => {
	test.slow();
	await page.setViewportSize({ width: 390, height: 844 });
	await openSlowly(page, '/lessons/new/');
	await expect(page.getByRole('heading', { name: 'Title and introduction' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download the lesson file' })).toBeVisible();
	const { total, moved } = await shifts(page);
	expect(total, moved.join(' | ')).toBeLessThan(0.05);
});
