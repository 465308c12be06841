import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFrontMatter } from '../src/lib/collection/frontmatter.ts';
import { watchConsole, watchForScripts } from './guards.ts';
import {
	holdRequests,
	shownWindow,
	timelineItem,
	timelineReady,
	windowFromUrl
} from './helpers.ts';
import { ROUTES, type SiteRoute } from './routes.ts';
import { CHART_COUNT, EVENT_COUNT, LESSON_COUNT } from './content.ts';

const zhanaozen = readFrontMatter(readFileSync('events/zhanaozen-massacre.md', 'utf8')).data as {
	quotes: Array<{ text: string }>;
};

/** What each kind of page is for, done once: the parts that load code or frames. */
const exercise: Record<string, (page: Page) => Promise<void>> = {
	home: async (page) => {
		await timelineItem(page, 'zhanaozen-massacre').click();
		await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await page.getByLabel('One timeline lane per theme').check();
		await page.getByRole('button', { name: 'Share or embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
		await expect(page.frameLocator('iframe.preview').locator('.canvas.ready')).toBeVisible();
		await dialog.getByRole('button', { name: 'Copy link' }).click();
		await dialog.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(dialog.getByText('Embed code copied')).toBeVisible();
		await page.keyboard.press('Escape');
	},
	'an event page': async (page) => {
		await page.getByRole('button', { name: 'Copy citation' }).first().click();
		await page.getByRole('button', { name: 'Copy APA citation of this page' }).click();
		await expect(page.getByText('Citation copied').first()).toBeVisible();
	},
	'a lesson': async (page) => {
		await page.getByRole('group', { name: 'Step through the events' }).getByText('Next').click();
		await page.getByRole('button', { name: 'Copy embed code' }).click();
	},
	// Its code (the lesson schema, drafts in storage) runs only once it has started: add a step.
	'the lesson builder': async (page) => {
		const results = page.getByRole('list', { name: 'Events to add' });
		await results
			.getByRole('button', { name: /^Add: / })
			.first()
			.click();
		await expect(results.getByRole('button', { name: /^Added: / })).toHaveCount(1);
	},
	'the embed': async (page) => {
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
	}
};

test('every page runs without console errors, page errors or CSP violations', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const guard = await watchForScripts(page);
	let route: SiteRoute = ROUTES[0]!;
	// A 404 page is, rightly, a document the server answered with 404; Chromium logs that, and
	// only that is excused.
	const problems = watchConsole(
		page,
		(message) =>
			route.status === 404 &&
			message.location().url === page.url() &&
			message.text() ===
				'Failed to load resource: the server responded with a status of 404 (Not Found)'
	);
	for (route of ROUTES) {
		await page.goto(route.path);
		if (route.timeline) await timelineReady(page);
		await exercise[route.name]?.(page);
	}
	expect(problems).toEqual([]);
	expect(guard.violations).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every page can be read, the explorer’s timeline as a still picture', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.narrative article')).toHaveCount(EVENT_COUNT);
		await expect(page.locator('#event-zhanaozen-massacre blockquote').first()).toBeVisible();
		// Playwright's text matchers skip <noscript>, so read what the browser renders.
		expect(
			await page.locator('.canvas .placeholder').evaluate((element) => element.innerText.trim())
		).toBe('A still picture: zooming needs JavaScript. Each event links to its page.');
		await expect(page.locator('.canvas .picture .label')).toHaveCount(EVENT_COUNT);

		// The index is the way to every event page when the explorer cannot draw.
		await page.goto('/events/');
		const listed = page.getByRole('main').getByRole('region').getByRole('link');
		await expect(listed).toHaveCount(EVENT_COUNT);
		await listed.filter({ hasText: 'Security forces kill striking oil workers' }).click();
		await expect(page).toHaveURL(/\/events\/zhanaozen-massacre\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Zhanaozen');
		for (const quote of zhanaozen.quotes)
			await expect(page.locator('blockquote', { hasText: quote.text }).first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Disputed figures and views' })).toBeVisible();

		await page.goto('/sources/kazakh-elections-2012/');
		await expect(page.locator('#reader li p')).toHaveCount(16);
		await expect(page.locator('#p9')).toContainText('Nazarbayev extended the state of emergency');

		await page.goto('/lessons/');
		await expect(page.getByRole('list', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(
			LESSON_COUNT
		);

		await page.goto('/lessons/zhanaozen-state-of-emergency/');
		await expect(
			page.getByRole('region', { name: 'Events' }).locator('blockquote').first()
		).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Questions for discussion' }).getByRole('listitem').first()
		).toBeVisible();

		await page.goto('/figures/');
		await expect(page.locator('figure svg[role="img"]')).toHaveCount(CHART_COUNT);
		await expect(page.getByRole('table').first()).toBeVisible();
	});
});

test('leaving the explorer before it records its window does not write onto the next page', async ({
	page
}) => {
	// The explorer writes a settled window into the URL 250 ms after the timeline reports it.
	// A fake clock puts the reader's click inside that gap every time.
	await page.clock.install();
	await page.clock.pauseAt(new Date(Date.now() + 1000));
	await page.goto('/?event=state-of-emergency-extended');
	const drawn = page.locator('.canvas.ready .vis-item').first();
	await expect(async () => {
		await page.clock.runFor(10);
		expect(await drawn.count()).toBe(1);
	}).toPass();
	await page.clock.runFor(300);
	const source = /\/sources\/kazakh-elections-2012\/\?p=9&start=\d+&end=\d+#p9$/;
	await page
		.getByRole('region', { name: 'Selected event' })
		.getByRole('link', { name: /Show in source/ })
		.first()
		.click({ noWaitAfter: true });
	await expect(async () => {
		await page.clock.runFor(5);
		expect(page.url()).toMatch(source);
	}).toPass();
	await page.clock.runFor(2000);
	await expect(page.locator('#p9 mark')).toBeVisible();
	expect(page.url()).toMatch(source);
	expect(windowFromUrl(page)).toBeNull();
});

test('a search typed while the page is still loading is kept, and nothing throws', async ({
	page
}) => {
	const problems = watchConsole(page);
	// Hold the app's code back until the reader has typed into the prerendered search box.
	const typed = await holdRequests(page, '**/_app/immutable/entry/app.*.js');
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Search events').fill('OSCE');
	typed();
	await timelineReady(page);
	await expect(page.getByText(new RegExp(`^Showing 1 of ${EVENT_COUNT} events`))).toBeVisible();
	await expect(page).toHaveURL(/q=OSCE/);
	// The timeline then settles on its first window, which it leaves out of the address (the
	// reader did not choose it); the search must survive that.
	await expect.poll(() => shownWindow(page)).not.toBeNull();
	expect(windowFromUrl(page)).toBeNull();
	await expect(page).toHaveURL(/q=OSCE/);
	await expect(page.getByText(new RegExp(`^Showing 1 of ${EVENT_COUNT} events`))).toBeVisible();
	expect(problems).toEqual([]);
});
