import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { violationsInBothSchemes } from './axe.ts';
import { screenshot, timelineReady } from './helpers.ts';
import {
	ARTICLE,
	DETAILS,
	drawnItems,
	findAndAcceptAll,
	keptEvents,
	pasteArticle,
	saved,
	shareLink,
	startTimeline
} from './make-steps.ts';

// "Make a timeline": a teacher pastes an article, finds its events, keeps them and teaches from
// them in the site's own explorer, with nothing leaving the browser.

test('an article pasted, its events found and accepted, opens in the explorer with each quote in its source', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	expect(count).toBeGreaterThanOrEqual(19);
	await screenshot(page, 'make-review-1280');

	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(DETAILS.Title);
	await timelineReady(page);
	await expect(page.getByText(`Showing ${count} of ${count} events`)).toBeVisible();
	// Its addresses would name the site's own collection: a teacher shares from the editor.
	await expect(page.getByRole('button', { name: 'Share or embed' })).toHaveCount(0);

	// The downloads hold this timeline's events and its source, not the site's.
	const downloads = page.getByRole('dialog', { name: 'Download the events shown' });
	await page.getByRole('button', { name: 'Download the events shown' }).click();
	const saving = page.waitForEvent('download');
	await downloads.getByRole('button', { name: 'Events as JSON' }).click();
	const saved = await saving;
	expect(saved.suggestedFilename()).toMatch(
		/^kazakh-elections-take-place-amid-rising-social-tensions-.*\.json$/
	);
	const json = JSON.parse(readFileSync(await saved.path(), 'utf8'));
	expect(json.events).toHaveLength(count);
	expect(json.sources).toEqual([
		expect.objectContaining({ title: DETAILS.Title, author: DETAILS.Author })
	]);
	await page.keyboard.press('Escape');
	await expect(downloads).toBeHidden();

	const massacre = drawnItems(page).filter({
		hasText: /massacred at least 17 striking oil workers/i
	});
	await massacre.first().click();
	await page
		.getByRole('link', { name: /^Show in source/ })
		.first()
		.click();
	const reader = page.getByRole('article', { name: DETAILS.Title });
	await expect(reader).toBeVisible();
	await expect(reader.getByRole('mark')).toContainText('security forces massacred at least 17');
	await screenshot(page, 'make-explorer-source-1280');
});

test('undo takes back an Accept all, redo brings it back, and a reload loses nothing', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	const kept = keptEvents(page);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(kept).toHaveCount(0);
	await expect(page.getByRole('button', { name: `Accept all (${count})` })).toBeVisible();
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(kept).toHaveCount(count);

	const first = kept.first();
	await first.getByText(/^Edit “/).click();
	await first.getByRole('textbox', { name: 'Title' }).fill('Oil workers massacred in Zhanaozen');
	await first.getByRole('textbox', { name: 'Title' }).blur();
	await expect(kept.first().getByRole('heading')).toHaveText('Oil workers massacred in Zhanaozen');
	await saved(page);

	await page.reload();
	await expect(kept).toHaveCount(count);
	await expect(kept.first().getByRole('heading')).toHaveText('Oil workers massacred in Zhanaozen');
	await expect(page.getByRole('textbox', { name: 'Source text' })).toHaveValue(ARTICLE);
});

test('with storage blocked, the page says nothing is kept and still makes the timeline', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/make/');
	await expect(page.getByRole('alert')).toContainText('not keeping anything');
	await page.getByRole('button', { name: 'Start a new timeline' }).click();
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	await expect(page.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible();
	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	await expect(page.getByText(`Showing ${count} of ${count} events`)).toBeVisible();
});

for (const width of [390, 1280])
	test(`every view of the maker passes axe at ${width} px, light and dark`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height: 900 });
		const expectNoViolations = async (view: string) =>
			expect(await violationsInBothSchemes(page, { shot: `make-${view}-${width}` }), view).toEqual(
				[]
			);
		await page.goto('/make/');
		await expect(page.getByRole('button', { name: 'Start a new timeline' })).toBeVisible();
		await expectNoViolations('start');

		await startTimeline(page);
		await pasteArticle(page);
		await findAndAcceptAll(page);
		await keptEvents(page)
			.first()
			.getByText(/^Edit “/)
			.click();
		await expectNoViolations('events');
		if (width === 390) await page.getByRole('tab', { name: 'Source' }).click();
		await expectNoViolations('source');

		if (width === 390) await page.getByRole('tab', { name: /^Events/ }).click();
		await page.getByRole('link', { name: 'Make a lesson from it' }).click();
		const picker = page.getByRole('list', { name: 'Events to add' });
		await picker
			.getByRole('button', { name: /^Add: / })
			.first()
			.click();
		await expect(
			page.getByRole('region', { name: 'Preview' }).locator('ol.steps > li')
		).toHaveCount(1);
		await expectNoViolations('lesson');

		const link = await shareLink(page);
		await page.getByText('Embed it in a page').click();
		await expect(page.getByLabel('Code to paste')).toBeVisible();
		await expectNoViolations('embed-code');
		const code = await page.getByLabel('Code to paste').inputValue();
		const embed = /src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
		await page.goto(embed);
		await timelineReady(page);
		await expectNoViolations('embed');

		await page.goto(link);
		await expect(page.getByRole('button', { name: 'Open the lesson' })).toBeVisible();
		await expectNoViolations('shared');
		await page.getByRole('button', { name: 'Open in the explorer' }).click();
		await timelineReady(page);
		await expectNoViolations('explorer');
	});

test('nothing of the maker, the finder or the file readers loads on the explorer', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.url());
	});
	await page.goto('/');
	await timelineReady(page);
	// The explorer's own lazy pieces load as it is used; a click brings the details in.
	await drawnItems(page).first().click();
	await expect(page.getByRole('button', { name: 'Zoom to this event' })).toBeVisible();
	expect(scripts.length).toBeGreaterThan(3);
	const texts = await Promise.all(
		scripts.map(async (url) => [url, await (await page.request.get(url)).text()] as const)
	);
	// Words only the maker's own modules hold: its storage, its worker, the finder and mammoth.
	const markers = ['kz-timelines', 'finder-worker', 'Find events', 'yearInferred', 'mammoth'];
	// Each is in the build, so that the check below could fail.
	const built = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.js'))
		.map((file) => readFileSync(join('build/_app/immutable', file), 'utf8'));
	for (const marker of markers)
		expect(
			built.some((text) => text.includes(marker)),
			`${marker} is built`
		).toBe(true);
	for (const [url, text] of texts)
		for (const marker of markers) expect(text.includes(marker), `${marker} in ${url}`).toBe(false);
});
