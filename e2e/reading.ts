import type { Page } from '@playwright/test';

/** Where the pointer rests to scroll the story by wheel: over the story, clear of the timeline. */
export function storyPointer(viewport: { width: number; height: number }): [number, number] {
	return viewport.width > 760
		? [viewport.width * 0.2, viewport.height * 0.8]
		: [viewport.width / 2, viewport.height * 0.92];
}

/**
 * Scrolls the story by wheel, as a reader does, until the entry for `id` is the one marked as
 * being read: a long turn of the wheel while it is far off, then short ones towards it.
 */
export async function scrollStoryTo(
	page: Page,
	id: string,
	viewport: { width: number; height: number },
	/** Where to wheel, and about where in the viewport the story is read. */
	{ pointer = storyPointer(viewport), line = viewport.height * 0.3 } = {}
) {
	const entry = page.locator(`#event-${id}`);
	await page.mouse.move(...pointer);
	for (let turn = 0; turn < 60; turn++) {
		const place = await entry.evaluate((target) => {
			const entries = [...document.querySelectorAll('[data-event-id]')];
			const box = target.getBoundingClientRect();
			return {
				current: target.classList.contains('current'),
				after:
					entries.findIndex((other) => other.classList.contains('current')) <
					entries.indexOf(target),
				top: box.top,
				bottom: box.bottom
			};
		});
		if (place.current) return;
		const far = place.top > line + viewport.height * 0.3 || place.bottom < line - 80;
		const delta = far ? place.top - line : place.after ? 80 : -80;
		await page.mouse.wheel(0, delta);
		await page.waitForTimeout(200);
	}
	throw new Error(`the story never reached ${id}`);
}

/**
 * Whether the timeline item for `id`, dot, bar and label together, is drawn inside the part of
 * the timeline in view: 'inside', or what is wrong ("below by 40 px", "not drawn").
 */
export function boxInDrawing(page: Page, id: string): Promise<string> {
	return page.evaluate((id) => {
		const drawing = document.querySelector('.canvas.ready .vis-panel.vis-center');
		const item = drawing?.querySelector<HTMLElement>(`.vis-item[data-id="${CSS.escape(id)}"]`);
		if (!drawing || !item) return 'not drawn';
		const content = item.querySelector<HTMLElement>('.kz-item-content');
		if (content && getComputedStyle(content).visibility === 'hidden') return 'label hidden';
		// A point's box is an unseen wrapper, left behind where a title turns to its dot's left.
		const drawnParts = item.querySelectorAll<HTMLElement>('.vis-dot, .kz-item-content');
		const parts = item.matches('.vis-point') ? [...drawnParts] : [item, ...drawnParts];
		const boxes = parts.map((part) => part.getBoundingClientRect());
		const shown = drawing.getBoundingClientRect();
		const faults = [
			['left', shown.left - Math.min(...boxes.map((box) => box.left))],
			['right', Math.max(...boxes.map((box) => box.right)) - shown.right],
			['above', shown.top - Math.min(...boxes.map((box) => box.top))],
			['below', Math.max(...boxes.map((box) => box.bottom)) - shown.bottom]
		] as const;
		const outside = faults.filter(([, by]) => by > 0.5);
		return outside.length === 0
			? 'inside'
			: outside.map(([side, by]) => `${side} by ${Math.round(by)} px`).join(', ');
	}, id);
}

/** Each shown title drawn over another item's dot, bar or title, as "title over item". */
export function labelsOverItems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const panel = document.querySelector('.canvas.ready .vis-panel.vis-center')!;
		const items = [...panel.querySelectorAll<HTMLElement>('.vis-item[data-id]')];
		const marks = items.map((item) => {
			// A point's box is an unseen wrapper: its dot and its title are what is drawn.
			const parts = item.matches('.vis-point')
				? [...item.querySelectorAll<HTMLElement>('.vis-dot, .kz-item-content')]
				: [item];
			const shown = parts.filter((part) => getComputedStyle(part).visibility !== 'hidden');
			return { id: item.dataset.id, boxes: shown.map((part) => part.getBoundingClientRect()) };
		});
		const overlaps: string[] = [];
		for (const item of items) {
			const title = item.querySelector<HTMLElement>('.kz-item-content');
			if (!title || getComputedStyle(title).visibility === 'hidden') continue;
			const box = title.getBoundingClientRect();
			for (const other of marks) {
				if (other.id === item.dataset.id) continue;
				const hit = other.boxes.some(
					(mark) =>
						Math.min(box.right, mark.right) - Math.max(box.left, mark.left) > 1 &&
						Math.min(box.bottom, mark.bottom) - Math.max(box.top, mark.top) > 1
				);
				if (hit) overlaps.push(`${item.dataset.id} over ${other.id}`);
			}
		}
		return overlaps;
	});
}
