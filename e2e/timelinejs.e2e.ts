import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { content } from './content.ts';
import { screenshot } from './helpers.ts';
import { inTimelineJs, showSlide } from './timelinejs-host.ts';

// The TimelineJS exports, loaded into TimelineJS 3 itself: every slide shows its quotes, each
// with its citation.

const zhanaozen = content.events.find((event) => event.id === 'zhanaozen-massacre')!;
const CITATION =
	'Clara Weiss, “Kazakh elections take place amid rising social tensions”, World Socialist Web Site, 27 January 2012, paragraph';

async function expectZhanaozenSlide(page: import('@playwright/test').Page) {
	const slide = await showSlide(page, 'zhanaozen-massacre');
	await expect(slide.getByRole('heading', { name: zhanaozen.title })).toBeVisible();
	await expect(slide).toContainText('16 December 2011');
	const quotes = slide.locator('blockquote');
	await expect(quotes).toHaveCount(zhanaozen.quotes.length);
	for (const [index, quote] of zhanaozen.quotes.entries()) {
		await expect(quotes.nth(index).locator('p')).toHaveText(quote.text);
		await expect(quotes.nth(index).locator('cite')).toHaveText(`${CITATION} ${quote.paragraph}`);
	}
	await expect(slide.getByText(zhanaozen.quotes[0]!.text)).toBeInViewport();
}

test('the site’s /timelinejs.json loads in TimelineJS 3, every slide with its quotes', async ({
	page,
	request
}) => {
	const data = await (await request.get('/timelinejs.json')).json();
	await inTimelineJs(page, data, async () => {
		await expect(page.locator('.tl-timemarker')).toHaveCount(content.events.length);
		await expectZhanaozenSlide(page);
		await screenshot(page, 'timelinejs-zhanaozen');

		const spring = await showSlide(page, 'arab-spring-reaches-kazakhstan');
		await expect(spring.locator('.tl-headline-date')).toHaveText('Spring 2011');
		const strikes = await showSlide(page, 'oil-workers-strikes');
		await expect(strikes.locator('.tl-headline-date')).toHaveText('c. 2008–2011');
	});
});

test('a filtered download loads in TimelineJS 3 with just its events and their quotes', async ({
	page
}) => {
	const labour = content.events.filter((event) => event.themes.includes('labour'));
	await page.goto('/?themes=labour');
	await expect(page.getByText(`Showing ${labour.length} of`)).toBeVisible();
	const button = page.getByRole('button', { name: 'Download the events shown' });
	await expect(button).not.toHaveAttribute('aria-disabled');
	await button.click();
	const saved = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Events for TimelineJS' }).click();
	const data = JSON.parse(await readFile(await (await saved).path(), 'utf8'));

	await inTimelineJs(page, data, async () => {
		await expect(page.locator('.tl-timemarker')).toHaveCount(labour.length);
		const title = page.locator('.tl-slide-titleslide');
		await expect(title).toContainText(`${labour.length} events in the theme Labour and strikes`);
		await expectZhanaozenSlide(page);
	});
});
