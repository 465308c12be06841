import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { content } from './content.ts';
import { parseCsv, screenshot } from './helpers.ts';

// The downloads of the events shown, made in the browser, and the whole-collection files.

const lesson = content.lessons.find(
	(candidate) => candidate.id === 'zhanaozen-state-of-emergency'
)!;
const labourIds = content.events
	.filter((event) => event.themes.includes('labour'))
	.map((event) => event.id);
const CITATION =
	'Clara Weiss, “Kazakh elections take place amid rising social tensions”, World Socialist Web Site, 27 January 2012, paragraph';

const downloadButton = (page: Page) =>
	page.getByRole('button', { name: 'Download the events shown' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Download the events shown' });

/** The events the story shows, by id, in its order. */
const storyIds = (page: Page) =>
	page
		.getByRole('region', { name: 'The story, event by event' })
		.locator('[data-event-id]')
		.evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-event-id')));

async function openDownloads(page: Page) {
	await expect(downloadButton(page)).not.toHaveAttribute('aria-disabled');
	await downloadButton(page).click();
	await expect(dialog(page)).toBeVisible();
}

/** Presses one of the dialog's buttons and reads the file the browser saves. */
async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
	const saved = page.waitForEvent('download');
	await dialog(page).getByRole('button', { name: label }).click();
	return read(await saved);
}

async function read(saved: Download) {
	return { name: saved.suggestedFilename(), text: await readFile(await saved.path(), 'utf8') };
}

/** What Excel and LibreOffice need to read the file as one table of UTF-8 text. */
function expectSpreadsheetReady(text: string) {
	expect(text.startsWith('\uFEFF')).toBe(true);
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
}

test('a theme filter’s downloads hold exactly the events shown, in every format', async ({
	page
}) => {
	await page.goto('/?themes=labour');
	await expect(page.getByText(`Showing ${labourIds.length} of`)).toBeVisible();
	await openDownloads(page);
	const shown = await storyIds(page);
	expect(shown).toEqual(labourIds);
	await expect(dialog(page)).toContainText(
		`${labourIds.length} events in the theme Labour and strikes.`
	);

	const csv = await download(page, 'Events as CSV');
	expect(csv.name).toBe('kazakhstan-1990-2012-labour.csv');
	expectSpreadsheetReady(csv.text);
	expect(parseCsv(csv.text).map((row) => row.id)).toEqual(shown);

	const json = await download(page, 'Events as JSON');
	expect(json.name).toBe('kazakhstan-1990-2012-labour.json');
	const parsed = JSON.parse(json.text) as { version: number; events: Array<{ id: string }> };
	expect(parsed.version).toBe(1);
	expect(parsed.events.map((event) => event.id)).toEqual(shown);

	const timeline = await download(page, 'Events for TimelineJS');
	expect(timeline.name).toBe('kazakhstan-1990-2012-labour.timelinejs.json');
	const slides = (JSON.parse(timeline.text) as { events: Array<{ unique_id: string }> }).events;
	expect(slides.map((slide) => slide.unique_id)).toEqual(shown);
	await expect(dialog(page).getByRole('status')).toHaveText(
		`Downloaded kazakhstan-1990-2012-labour.timelinejs.json: ${shown.length} slides.`
	);
});

test('a search’s downloads hold the events it found, figures and claims included', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Share or embed' })).toBeVisible();
	const search = page.getByLabel('Search events');
	if (!(await search.isVisible()))
		await page.getByRole('button', { name: /Show search and themes/ }).click();
	await search.fill('Zhanaozen');
	await expect(page).toHaveURL(/q=Zhanaozen/);
	const shown = await storyIds(page);
	expect(shown.length).toBeGreaterThan(1);
	expect(shown).toContain('zhanaozen-massacre');
	await expect(page.getByText(`Showing ${shown.length} of`)).toBeVisible();
	await openDownloads(page);

	const csv = await download(page, 'Events as CSV');
	expect(csv.name).toBe('kazakhstan-1990-2012-search-zhanaozen.csv');
	expect(parseCsv(csv.text).map((row) => row.id)).toEqual(shown);

	const figures = await download(page, 'Figures as CSV');
	expect(figures.name).toBe('kazakhstan-1990-2012-search-zhanaozen-figures.csv');
	expectSpreadsheetReady(figures.text);
	const figureRows = parseCsv(figures.text);
	expect(figureRows.every((row) => shown.includes(row.event_id!))).toBe(true);
	expect(figureRows).toContainEqual(
		expect.objectContaining({
			event_id: 'zhanaozen-massacre',
			label: 'Killed (official count)',
			value: '17',
			quote: 'the official number of the people killed in the attack is 17'
		})
	);

	const claims = await download(page, 'Claims as CSV');
	const claimRows = parseCsv(claims.text);
	expect(claimRows.every((row) => shown.includes(row.event_id!))).toBe(true);
	expect(claimRows.map((row) => [row.value, row.by])).toContainEqual([
		'dozens',
		'human rights organisations'
	]);
});

test('an unknown theme is dropped with a notice, and the files hold what is shown', async ({
	page
}) => {
	await page.goto('/?themes=labour,no-such-theme');
	await expect(
		page.getByRole('status').filter({ hasText: 'Unknown theme “no-such-theme” ignored.' })
	).toBeVisible();
	await openDownloads(page);
	const csv = await download(page, 'Events as CSV');
	expect(csv.name).toBe('kazakhstan-1990-2012-labour.csv');
	expect(parseCsv(csv.text).map((row) => row.id)).toEqual(labourIds);
});

test('nothing shown: Download is disabled and says why, and offers no file', async ({ page }) => {
	await page.goto('/?q=no-event-says-this');
	await expect(page.getByText('Showing 0 of')).toBeVisible();
	const button = downloadButton(page);
	await expect(button).toHaveAttribute('aria-disabled', 'true');
	await expect(button).toHaveAccessibleDescription('Nothing to download: no events are shown.');
	let downloads = 0;
	page.on('download', () => downloads++);
	// Playwright waits for an aria-disabled button to be enabled; a reader can still press it.
	await button.click({ force: true });
	await button.press('Enter');
	await expect(dialog(page)).toHaveCount(0);
	expect(downloads).toBe(0);
	await page.setViewportSize({ width: 390, height: 844 });
	await screenshot(page, 'download-nothing-shown-390');
});

test('without JavaScript, Download is disabled and points to the Data links', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(downloadButton(page)).toHaveAttribute('aria-disabled', 'true');
	await expect(downloadButton(page)).toHaveAccessibleDescription(
		/^Ready once the page has loaded; all events are under “Data” below/
	);
	const data = page.getByRole('region', { name: 'Data' });
	for (const name of ['Events as CSV', 'Figures as CSV', 'Claims as CSV'])
		await expect(data.getByRole('link', { name })).toBeVisible();
	await context.close();
});

test('a lesson’s downloads hold its events in the lesson’s order, by keyboard', async ({
	page
}) => {
	await page.goto(`/lessons/${lesson.id}`);
	await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible();
	const button = downloadButton(page);
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toContainText(
		`${lesson.events.length} events of the lesson “${lesson.title}”.`
	);
	// The dialog focuses Close; the first file is the next Tab stop.
	await page.keyboard.press('Tab');
	await expect(dialog(page).getByRole('button', { name: 'Events as CSV' })).toBeFocused();
	const saved = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const csv = await read(await saved);
	expect(csv.name).toBe(`kazakhstan-1990-2012-lesson-${lesson.id}.csv`);
	expect(parseCsv(csv.text).map((row) => row.id)).toEqual(lesson.events);

	const timeline = await download(page, 'Events for TimelineJS');
	expect(timeline.name).toBe(`kazakhstan-1990-2012-lesson-${lesson.id}.timelinejs.json`);
	const document = JSON.parse(timeline.text) as {
		title: { text: { text: string } };
		events: Array<{ unique_id: string }>;
	};
	expect(document.events.map((slide) => slide.unique_id)).toEqual(lesson.events);
	expect(document.title.text.text).toContain(`of the lesson “${lesson.title}”`);

	await page.keyboard.press('Escape');
	await expect(dialog(page)).toHaveCount(0);
	await expect(button).toBeFocused();
});

test('figures.csv and claims.csv hold the Zhanaozen counts with their quotes and who gave them', async ({
	request
}) => {
	const figures = await request.get('/figures.csv');
	expect(figures.headers()['content-type']).toMatch(/^text\/csv/);
	const figuresText = await figures.text();
	expectSpreadsheetReady(figuresText);
	expect(parseCsv(figuresText)).toContainEqual({
		event_id: 'zhanaozen-massacre',
		event_title: 'Security forces kill striking oil workers in Zhanaozen',
		event_date: '16 December 2011',
		label: 'Killed (official count)',
		value: '17',
		unit: 'people',
		lower_bound: 'false',
		period: '',
		quote: 'the official number of the people killed in the attack is 17',
		source: 'kazakh-elections-2012',
		paragraph: '8',
		citation: `${CITATION} 8`,
		source_url: 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html'
	});

	const claimsText = await (await request.get('/claims.csv')).text();
	expectSpreadsheetReady(claimsText);
	const killed = parseCsv(claimsText).filter(
		(row) => row.event_id === 'zhanaozen-massacre' && row.subject === 'People killed at Zhanaozen'
	);
	expect(killed.map(({ value, by, min, max, quote }) => ({ value, by, min, max, quote }))).toEqual([
		{
			value: '17',
			by: 'official figure',
			min: '17',
			max: '17',
			quote: 'the official number of the people killed in the attack is 17'
		},
		{
			value: 'dozens',
			by: 'human rights organisations',
			min: '24',
			max: '',
			quote: 'human rights organizations claim that dozens of people were murdered by the police'
		}
	]);
	expect(killed.map((row) => row.citation)).toEqual([`${CITATION} 8`, `${CITATION} 8`]);
	// "Hundreds" is read as a number as "dozens" is, with the reading said in words.
	const wounded = parseCsv(claimsText).find(
		(row) => row.subject === 'People wounded at Zhanaozen' && row.value === 'hundreds'
	);
	expect(wounded).toMatchObject({ min: '200', max: '' });
	expect(wounded!.reading).toMatch(/^“Hundreds” is drawn from 200/);
});

for (const [width, height] of [
	[390, 844],
	[1280, 800]
] as const) {
	test(`the download dialog at ${width}px`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/?themes=labour,repression&q=oil');
		await expect(page.getByText(/^Showing \d+ of/)).toBeVisible();
		await screenshot(page, `download-button-${width}`);
		await openDownloads(page);
		await expect(
			dialog(page).getByRole('button', { name: 'Events as CSV' })
		).toHaveAccessibleDescription(
			/^\d+ events?, kazakhstan-1990-2012-labour-repression-search-oil\.csv$/
		);
		const inside = await dialog(page).evaluate(
			(element) => element.scrollWidth <= element.clientWidth
		);
		expect(inside).toBe(true);
		await screenshot(page, `download-dialog-${width}`);
	});
}
