import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { BUILT_LESSON, BUILT_LESSON_CODE } from './built-lesson.ts';
import { content } from './content.ts';
import { HOST_PORT, SITE } from './ports.ts';

// Many course platforms strip a pasted script, so an embed must read well in the frame it is
// given, with no resize helper to grow it: the timeline takes a share, the story the rest.

const HEIGHTS = [400, 640, 900];

/** A course page with one frame of the embed at each height, as pasted without the helper. */
async function framesOnHost(page: Page, src: string): Promise<Map<number, FrameLocator>> {
	const code = HEIGHTS.map(
		(height) =>
			`<iframe id="h${height}" src="${src}" title="Timeline" width="100%" height="${height}" style="border:0"></iframe>`
	).join('\n');
	await page.goto(`http://127.0.0.1:${HOST_PORT}/paste?code=${encodeURIComponent(code)}`);
	return new Map(HEIGHTS.map((height) => [height, page.frameLocator(`#h${height}`)]));
}

/** How much of the frame the story's box shows, and whether the frame's page has to scroll. */
function storyRoom(frame: FrameLocator) {
	return frame.locator('body').evaluate(() => {
		const story = document.querySelector('.narrative')!.getBoundingClientRect();
		return {
			top: story.top,
			height: story.height,
			bottom: story.bottom,
			frameHeight: innerHeight,
			scrolls: document.scrollingElement!.scrollHeight > innerHeight + 1
		};
	});
}

for (const width of [390, 1280]) {
	test(`at ${width} px, an embed without the helper fits each frame, with a readable share of story`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 2200 });
		const frames = await framesOnHost(page, `${SITE}/embed/`);
		for (const [height, frame] of frames) {
			await expect(frame.getByRole('button', { name: /^Next|^→/ })).toBeEnabled();
			const fold = frame.getByRole('button', { name: 'Timeline', exact: true });
			if (height <= 460) {
				// Too short for both: the timeline starts folded to its step buttons. Its drawing is
				// there, hidden, to come back as it was.
				await expect(fold).toHaveAttribute('aria-expanded', 'false');
				await expect(frame.locator('.drawing')).toBeAttached();
				await expect(frame.locator('.drawing')).toBeHidden();
			} else {
				await expect(fold).toHaveAttribute('aria-expanded', 'true');
				await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();
			}
			// Measured until the rows have settled: the frame's page does not scroll, and the story
			// has a readable share of it.
			await expect(async () => {
				const room = await storyRoom(frame);
				expect(room.scrolls, `the ${height} px frame's page scrolls`).toBe(false);
				expect(room.bottom).toBeLessThanOrEqual(room.frameHeight);
				expect(room.height, `story in the ${height} px frame`).toBeGreaterThanOrEqual(
					Math.min(200, height * 0.3)
				);
			}).toPass();
		}

		// The reader unfolds the short frame's timeline, and can fold it again.
		const short = frames.get(400)!;
		await short.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(short.locator('.canvas.ready .vis-item').first()).toBeVisible();
		await short.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(short.locator('.canvas.ready .vis-item').first()).toBeHidden();
	});
}

test('in a frame it fits, a chosen event opens in its story entry, and a lesson’s questions end the story', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 1600 });
	const frame = (await framesOnHost(page, `${SITE}/embed/lesson/#${BUILT_LESSON_CODE}`)).get(640)!;
	await expect(frame.getByText(`Lesson: ${BUILT_LESSON.title}, 3 events`)).toBeVisible();
	await frame.getByRole('button', { name: /^Next|^→/ }).click();
	const first = content.events.find(({ id }) => id === BUILT_LESSON.steps[0]!.event)!;
	const story = frame.locator('.narrative');
	const entry = story.getByRole('heading', { name: first.title, exact: true });
	await expect(entry).toBeInViewport();
	// Its details open in its entry, in the story's box: nothing is pushed out of the frame.
	await expect(story.getByRole('button', { name: 'Zoom to this event' })).toBeVisible();
	await expect(story.getByRole('heading', { name: 'From the source' })).toBeAttached();
	await expect.poll(async () => (await storyRoom(frame)).scrolls).toBe(false);

	const questions = story.getByRole('heading', { name: 'Questions for discussion' });
	await questions.scrollIntoViewIfNeeded();
	await expect(questions).toBeInViewport();
	for (const question of BUILT_LESSON.questions ?? [])
		await expect(story.getByText(question)).toBeVisible();
});
