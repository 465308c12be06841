import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startStaticServer } from '../bench/static-server.mjs';
import { timelineJsPage } from '../bench/timelinejs-data.mjs';

// TimelineJS 3 from node_modules, on a loopback server of its own as the benchmark serves it,
// so that a file this site exports can be loaded the way a teacher would load it there.
const DIST = join('node_modules', '@knight-lab', 'timelinejs', 'dist');

/**
 * Opens `page` on a TimelineJS page built from `data`, once it has drawn its markers; the
 * server is stopped when `use` returns.
 */
export async function inTimelineJs(page: Page, data: unknown, use: () => Promise<void>) {
	const server = await startStaticServer({
		pages: { '/': () => timelineJsPage(data) },
		mounts: { '/tl/': DIST }
	});
	try {
		await page.goto(`${server.origin}/`);
		await expect(page.locator('.tl-timenav .tl-timemarker').first()).toBeAttached();
		await expect(page.locator('.tl-slide-titleslide')).toBeInViewport();
		await use();
	} finally {
		await server.close();
	}
}

/**
 * Shows an event's slide through TimelineJS's own API: its markers sit in a strip that shows
 * only a few at once, and stepping there with Next would take a slide's animation per event.
 */
export async function showSlide(page: Page, id: string) {
	await page.evaluate((slideId) => {
		const { timeline } = window as unknown as { timeline: { goToId(id: string): void } };
		timeline.goToId(slideId);
	}, id);
	const slide = page.locator(`.tl-slide[id="${id}"]`);
	await expect(slide).toBeInViewport();
	return slide;
}
