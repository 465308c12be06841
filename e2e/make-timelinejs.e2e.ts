import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, violationsInBothSchemes } from './axe.ts';
import { screenshot, timelineReady } from './helpers.ts';
import { drawnItems, keptEvents } from './make-steps.ts';

// A teacher's TimelineJS timeline, brought to /make/: the template's own sheet as CSV, and one
// whose text someone has filled with markup that must never run.

const TEMPLATE = 'fixtures/timelinejs/my-own-timeline.csv';
const HEADER = readFileSync(TEMPLATE, 'utf8').split('\n')[0]!;
const HOSTILE = [
	HEADER,
	'2011,12,16,,,,,,,Strike<script>window.ran = 1</script>,"<img src=x onerror=""window.ran = 2"">Oil workers strike in the west",,,,,,Labour,',
	'2012,1,15,,,,,,c. mid-January 2012,Elections,"<p>The vote <a href=""https://example.org/count"">was counted</a>. <a href=""javascript:window.ran=3"">Click</a></p>",https://example.org/picture.jpg,A photographer,<b>Voters</b> queue,,,Politics,'
].join('\n');

test('the TimelineJS template’s sheet opens as a timeline, and in the explorer', async ({
	page
}) => {
	await page.goto('/make/');
	await page.getByText('Open a TimelineJS file').setInputFiles(TEMPLATE);
	await expect(page).toHaveURL(/\/make\/\?t=[\w-]+$/);
	await expect(page.getByRole('textbox', { name: 'Timeline title' })).toHaveValue('MY OWN CSV');
	await expect(page.getByRole('heading', { name: 'Events kept (10)' })).toBeVisible();
	await expect(keptEvents(page).first()).toContainText('No quote yet');

	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	await expect(page.getByText('Showing 10 of 10 events')).toBeVisible();
	await expect(drawnItems(page)).toHaveCount(10);
});

test('a sheet’s groups become themes, and a script or onerror in its text does nothing', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
	await page.goto('/make/');
	await page.getByText('Open a TimelineJS file').setInputFiles({
		name: 'strikes.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(HOSTILE)
	});
	await expect(page.getByRole('textbox', { name: 'Timeline title' })).toHaveValue('strikes');
	await expect(page.getByRole('heading', { name: 'Events kept (2)' })).toBeVisible();
	await expect(keptEvents(page).first().getByRole('heading')).toHaveText('Strike');

	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	await page.getByRole('button', { name: 'Only Politics' }).click();
	await expect(page.getByText(/^Showing 1 of 2 events/)).toBeVisible();
	await drawnItems(page).first().click();
	const entry = page.locator('.narrative [data-event-id][aria-current]');
	await expect(entry).toContainText('(given as “c. mid-January 2012”)');
	const details = entry.locator('.event-details');
	await expect(details).toContainText('No source quote');
	await expect(details.getByRole('link', { name: /^was counted/ })).toHaveAttribute(
		'href',
		'https://example.org/count'
	);
	await expect(details.getByRole('link', { name: /^Voters queue/ })).toHaveAttribute(
		'href',
		'https://example.org/picture.jpg'
	);
	await expect(details.getByRole('link', { name: /^Click/ })).toHaveCount(0);
	await expect(page.locator('img[src="x"], script:has-text("window.ran")')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('a file that is not TimelineJS says so, and a cosmological sample names what it left out', async ({
	page
}) => {
	await page.goto('/make/');
	await page.getByText('Open a TimelineJS file').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"slides": []}')
	});
	await expect(page.getByRole('alert')).toHaveText(
		'“notes.json”: This JSON is not a TimelineJS timeline: it has no list of events (“events”).'
	);
	await page.getByText('Open a TimelineJS file').setInputFiles('fixtures/timelinejs/cosmo.json');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('“cosmo.json” has no slide with a date this site can draw:');
	await expect(alert.getByRole('listitem')).toHaveCount(7);
	await expect(alert.getByRole('listitem').first()).toHaveText(
		"events[0] (“The Big Bang”): its start date cannot be used, so it was left out: the year -13800000000 is before the year 100, which this site's timeline cannot draw"
	);
});

/** Opens the hostile sheet in the explorer, with its Elections event chosen. */
async function openElections(page: Page, arrive = () => page.goto('/make/')) {
	await arrive();
	await page.getByText('Open a TimelineJS file').setInputFiles({
		name: 'strikes.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(HOSTILE)
	});
	// On a phone (the page's own breakpoint, 760 px) the events are on a tab of their own.
	if ((page.viewportSize()?.width ?? 1280) <= 760)
		await page.getByRole('tab', { name: /^Events/ }).click();
	await expect(page.getByRole('heading', { name: 'Events kept (2)' })).toBeVisible();
	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	// Pressed rather than clicked: on a phone the story may still be gliding to the entry the
	// reader is at, and a click lands where the link was a moment before. (What a tap does is
	// the reading tests' subject; these are about the details it opens.)
	await page.locator('.narrative').getByRole('link', { name: 'Elections' }).press('Enter');
	await expect(page).toHaveURL(/[?&]event=elections/);
	await expect(page.getByText('Elsewhere on the web')).toBeVisible();
}

for (const width of [390, 1280])
	test(`an imported event's details pass axe at ${width} px, light and dark`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openElections(page);
		await page.getByText('Elsewhere on the web').scrollIntoViewIfNeeded();
		expect(await violationsInBothSchemes(page, { shot: `make-timelinejs-${width}` })).toEqual([]);
	});

// A 1×1 transparent PNG, as another site would serve the slide's picture.
const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

test('a slide’s image is fetched from its site only when the reader asks, and shown with its caption', async ({
	page
}) => {
	const asked: string[] = [];
	await page.route('https://example.org/**', (route) => {
		asked.push(route.request().url());
		return route.fulfill({ contentType: 'image/png', body: PIXEL });
	});
	await openElections(page);
	const show = page.getByRole('button', { name: 'Show the image (from example.org)' });
	await expect(show).toBeVisible();
	expect(asked).toEqual([]);
	await show.click();
	const image = page.getByRole('img', { name: 'Voters queue' });
	await expect(image).toBeVisible();
	expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1);
	expect(asked).toEqual(['https://example.org/picture.jpg']);
	await expect(page.locator('figcaption')).toHaveText('Voters queue — A photographer');
});

test('an image its site will not give says so, and the link to it stays', async ({ page }) => {
	await page.route('https://example.org/**', (route) => route.abort());
	await openElections(page);
	await page.getByRole('button', { name: 'Show the image (from example.org)' }).click();
	await expect(page.getByText('The image could not be loaded from example.org.')).toBeVisible();
	await expect(page.getByRole('link', { name: /^Voters queue/ })).toHaveAttribute(
		'href',
		'https://example.org/picture.jpg'
	);
});

for (const width of [390, 1280])
	test(`a timeline’s eras are listed beside it in time order, at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/make/');
		await page.getByText('Open a TimelineJS file').setInputFiles('fixtures/timelinejs/eras.json');
		await expect(page.getByRole('textbox', { name: 'Timeline title' })).toHaveValue('Eras Test');
		if (width <= 760) await page.getByRole('tab', { name: /^Events/ }).click();
		await page.getByRole('link', { name: 'Open in the explorer' }).click();
		await timelineReady(page);
		const eras = page.getByRole('region', { name: 'Eras' });
		await expect(eras.getByRole('listitem')).toHaveText([
			'Era Test 600-650: 600–650',
			'Era Test 650-700: 650–700',
			'Era Test 700-720: 700–720'
		]);
		await eras.scrollIntoViewIfNeeded();
		await screenshot(page, `make-timelinejs-eras-${width}`);
		expect(await axeViolations(page, { include: '.eras' })).toEqual([]);
	});

test('the image shows when the reader came to /make/ by a link from the explorer', async ({
	page
}) => {
	await page.route('https://example.org/**', (route) =>
		route.fulfill({ contentType: 'image/png', body: PIXEL })
	);
	await openElections(page, async () => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByRole('link', { name: 'Make a timeline from your own source' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Make a timeline from your own source'
		);
	});
	await page.getByRole('button', { name: 'Show the image (from example.org)' }).click();
	const image = page.getByRole('img', { name: 'Voters queue' });
	await expect(image).toBeVisible();
	expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1);
});
