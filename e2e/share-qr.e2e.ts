import { expect, test, type Page } from '@playwright/test';
import { encodeLessonLink } from '../src/lib/lesson-builder/lesson-link.ts';
import { BUILT_LESSON } from './built-lesson.ts';
import { readQrCode } from './helpers.ts';
import { SITE } from './ports.ts';

// A projected QR code gets a lesson's link onto thirty phones. The test reads the code as a
// camera would, from the pixels on screen, for the longest link that still gets one.

const MAX_QR_LINK = 2000;
const WORDS = ['oil', 'strike', 'Zhanaozen', 'wages', 'union', 'court', 'curfew', 'Aktau'];

/**
 * A built lesson's links, each with one more question of varied words than the last, from the
 * last that fits in a code to the first that does not.
 */
async function linksAroundTheLimit(): Promise<{ longest: string; tooLong: string }> {
	const questions: string[] = [];
	let previous = '';
	for (let seed = 7; ; seed = (seed * 1103515245 + 12345) % 2 ** 31) {
		const encoded = await encodeLessonLink({ ...BUILT_LESSON, questions });
		if (!encoded.ok) throw new Error(encoded.message);
		const link = `${SITE}/lessons/shared/#${encoded.code}`;
		if (link.length > MAX_QR_LINK) return { longest: previous, tooLong: link };
		previous = link;
		const words = Array.from({ length: 6 }, (_, index) => WORDS[(seed >> (index * 3)) % 8]!);
		questions.push(`Why ${words.join(' ')} ${seed}?`);
	}
}

const links = await linksAroundTheLimit();

/** The link a lesson page's share dialog gives, after opening it. */
async function openShare(page: Page, link: string) {
	await page.goto(link.slice(SITE.length));
	await page.getByRole('button', { name: 'Share or embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share or embed this lesson' });
	await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(link);
	return dialog;
}

test('at 1280 px, the longest link that gets a code reads back exactly from the projected pixels', async ({
	page
}) => {
	const link = links.longest;
	// Within a question's length of the limit.
	expect(link.length).toBeGreaterThan(MAX_QR_LINK - 120);
	const dialog = await openShare(page, link);
	const code = dialog.getByRole('img', { name: 'QR code of the link' });
	await expect(code).toBeVisible();
	// As a class sees it: full screen on the projector.
	await dialog.getByRole('button', { name: 'Show the code full screen' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('FIGURE');
	expect(await readQrCode(page)).toBe(link);
});

test('at 390 px, a link too long for a camera gets no code, and the dialog says why', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const dialog = await openShare(page, links.tooLong);
	await expect(
		dialog.getByText(/^This link is [\d,]+ characters long: too long for a code/)
	).toBeVisible();
	await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toHaveCount(0);
});

test('at 390 px, a ready-made lesson’s page shows a code that opens the lesson, read from its pixels', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/lessons/zhanaozen-state-of-emergency/?step=2');
	const code = page.getByRole('img', { name: 'QR code of the link' });
	await code.scrollIntoViewIfNeeded();
	await expect(code).toBeInViewport();
	// The lesson from its start, not the step the teacher was on.
	expect(await readQrCode(code)).toBe(`${SITE}/lessons/zhanaozen-state-of-emergency/`);
});
