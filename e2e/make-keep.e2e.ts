import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { screenshot, timelineReady } from './helpers.ts';
import {
	DETAILS,
	findAndAcceptAll,
	keptEvents,
	pasteArticle,
	saved,
	shareLink,
	startTimeline
} from './make-steps.ts';

// Keeping and sharing what was made on /make/: the file, the link, a second tab, and files that
// are not what they say.

test('a downloaded timeline opens in a fresh browser, with its events and their quotes', async ({
	page,
	browser
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download this timeline' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe(
		'kazakh-elections-take-place-amid-rising-social-tensions.timeline.json'
	);
	const file = await download.path();
	const written = JSON.parse(readFileSync(file, 'utf8'));
	// Without "with the full text", only the quoted paragraphs leave the browser.
	expect(written.timeline.sources[0].partial).toBe(true);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/make/');
	await expect(other.getByRole('heading', { name: 'My timelines' })).toBeVisible();
	await other.getByText('Open a timeline file').setInputFiles(file);
	await expect(keptEvents(other)).toHaveCount(count);
	await other.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(other);
	await expect(other.getByText(`Showing ${count} of ${count} events`)).toBeVisible();
	await fresh.close();
});

test('a shared link opens the timeline in a fresh browser', async ({ page, browser }) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	await page.getByRole('checkbox', { name: 'With the full text of the sources' }).check();
	const link = await shareLink(page);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(DETAILS.Title);
	await expect(other.getByText(`${count} events from 1 source.`)).toBeVisible();
	await other.getByRole('button', { name: 'Open in the explorer' }).click();
	await timelineReady(other);
	await expect(other.getByText(`Showing ${count} of ${count} events`)).toBeVisible();

	await other.goto(link.slice(0, -40));
	await expect(other.getByRole('alert')).toContainText('cut off');
	await fresh.close();
});

test('a second tab on the same timeline says so and does not overwrite the first', async ({
	page,
	context
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const title = page.getByRole('textbox', { name: 'Timeline title' });
	await title.fill('Kept by the first tab');
	await title.blur();
	await saved(page);

	const second = await context.newPage();
	await second.goto(page.url());
	await expect(second.getByRole('alert')).toContainText('This timeline is open in another tab');
	await expect(second.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible();
	// The second tab's change comes last, and closing a tab saves what it holds: were it allowed
	// to write, this is what the first tab would find after a reload.
	await second.getByRole('textbox', { name: 'Timeline title' }).fill('Changed in the second tab');
	await second.getByRole('textbox', { name: 'Timeline title' }).blur();
	await second.close({ runBeforeUnload: true });

	await page.reload();
	await expect(title).toHaveValue('Kept by the first tab');
});

test('a saved page with a script and an onerror opens as text, and nothing in it runs', async ({
	page
}) => {
	const ran: string[] = [];
	page.on('console', (message) => ran.push(message.text()));
	await startTimeline(page);
	const hostile = `<!doctype html><html><head><title>Strike in the west</title>
<script>window.__ran = 'script'; console.log('ran: script')</script></head>
<body><article><h1>Strike in the west</h1>
<p>Oil workers in Zhanaozen went on strike in May 2011 over pay.</p>
<p><img src="x" onerror="window.__ran = 'onerror'; console.log('ran: onerror')">The strike went on for seven months.</p>
<p>On December 16, 2011, police opened fire on the strikers.</p></article></body></html>`;
	await page.getByText('Open a file').setInputFiles({
		name: 'strike.html',
		mimeType: 'text/html',
		buffer: Buffer.from(hostile)
	});
	const text = page.getByRole('textbox', { name: 'Source text' });
	await expect(text).toHaveValue(/Oil workers in Zhanaozen went on strike in May 2011/);
	await expect(text).not.toHaveValue(/<|onerror|__ran/);
	await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
		'Strike in the west'
	);
	expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
	expect(ran.filter((line) => line.startsWith('ran:'))).toEqual([]);
});

test('files that are not what they say are refused in a sentence, and nothing is lost', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const text = page.getByRole('textbox', { name: 'Source text' });
	const before = await text.inputValue();
	await page.getByText('Open a file').setInputFiles({
		name: 'report.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from('this is not a Word document at all')
	});
	await expect(page.getByRole('alert')).toContainText('report.docx');
	await page.getByText('Open a file').setInputFiles({
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 'a')
	});
	await expect(page.getByRole('alert')).toContainText('huge.txt');
	await expect(text).toHaveValue(before);

	await page.goto('/make/');
	await page.getByText('Open a timeline file').setInputFiles({
		name: 'old.timeline.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'timeline', timeline: { version: 9 } }))
	});
	await expect(page.getByRole('alert')).toContainText('made by a newer version of the site');
	await page.getByText('Open a timeline file').setInputFiles({
		name: 'cut.timeline.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "timeline", "timeline": {"version": 1, "id"')
	});
	await expect(page.getByRole('alert')).toContainText('not JSON');
});

test('a real saved news page opens with its details, and its events reach the explorer', async ({
	page
}) => {
	await startTimeline(page);
	await page.getByText('Open a file').setInputFiles('fixtures/saved-pages/bbc-obama-gun-laws.html');
	const text = page.getByRole('textbox', { name: 'Source text' });
	await expect(text).toHaveValue(/common sense gun safety laws/);
	await expect(text).not.toHaveValue(/<\/?[a-z]+[ >]/);
	await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
		"Obama admits US gun laws are his 'biggest frustration'"
	);
	await expect(page.getByLabel('Date published')).toHaveValue('2015-07-24');
	for (const label of ['Author', 'Publisher'])
		await expect(page.getByRole('textbox', { name: label, exact: true })).toHaveValue('BBC News');

	await page.getByRole('button', { name: 'Find events' }).click();
	const found = page.getByRole('status').filter({ hasText: /dated statements? found/ });
	await expect(found).toBeVisible();
	const count = Number((await found.innerText()).match(/\d+/)![0]);
	expect(count).toBeGreaterThan(0);
	await page.getByRole('button', { name: `Accept all (${count})` }).click();
	await screenshot(page, 'make-news-review-1280');
	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	await expect(page.getByText(`Showing ${count} of ${count} events`)).toBeVisible();
	await screenshot(page, 'make-news-explorer-1280');
});
