import { expect, test } from '@playwright/test';
import { screenshot, timelineReady } from './helpers.ts';
import { boxInDrawing, labelsOverItems } from './reading.ts';

// The timeline's rows and labels as readers met them (issue #27, items 6 and 8): each test here
// failed before its fix.

for (const width of [390, 1280])
	test(`zoomed into a month, its day events take the first rows, labelled, at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 844 });
		await page.goto('/?from=2011-12-01&to=2012-01-31');
		await timelineReady(page);
		// Above the multi-year bars that run through the month, in view without scrolling the
		// rows, each with its title shown: at 390 px the last shares its row with Zhanaozen.
		for (const id of [
			'zhanaozen-massacre',
			'state-of-emergency-extended',
			'parliamentary-election-2012',
			'massimov-interview'
		])
			await expect.poll(() => boxInDrawing(page, id), { message: id }).toBe('inside');
		expect(await labelsOverItems(page)).toEqual([]);
		await screenshot(page, `deep-zoom-${width}`);
	});

test('labels use the room there is: whole where the row is free, inside the drawing', async ({
	page
}) => {
	await page.goto('/');
	await timelineReady(page);
	// Zhanaozen's title, 55 characters, is drawn whole and inside the drawing.
	const drawn = () =>
		page.evaluate(() => {
			const panel = document.querySelector('.canvas.ready .vis-panel.vis-center');
			const title = panel?.querySelector<HTMLElement>(
				'.vis-item[data-id="zhanaozen-massacre"] .kz-item-label'
			);
			if (!panel || !title) return 'not drawn';
			const [edges, box] = [panel.getBoundingClientRect(), title.getBoundingClientRect()];
			if (title.scrollWidth > title.clientWidth + 0.5) return `cut at ${title.clientWidth} px`;
			if (box.left < edges.left || box.right > edges.right) return 'outside the drawing';
			return 'whole, inside';
		});
	await expect.poll(drawn).toBe('whole, inside');
	expect(await labelsOverItems(page)).toEqual([]);
	await screenshot(page, 'labels-1280');
});
