import { expect, test } from '@playwright/test';
import { holdRequests } from './helpers.ts';
import { SCALE_PORT } from './ports.ts';

// The 10,000 synthetic events built by the fourth web server (bench/generate.mjs, fixed seed).
const site = `http://localhost:${SCALE_PORT}`;

interface ExportedEvent {
	id: string;
	title: string;
	description: string;
	themes: string[];
}

test.describe('with 10,000 events', () => {
	test.describe.configure({ timeout: 90_000 });

	let events: ExportedEvent[] = [];
	test.beforeAll(async ({ request }) => {
		events = (await (await request.get(`${site}/events.json`)).json()).events;
	});

	test('the page loads every event, filters and selects correctly', async ({ page }) => {
		expect(events).toHaveLength(10_000);
		await page.goto(`${site}/`);
		await expect(page.getByText('Showing 10000 of 10000 events')).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible();
		// The engine is handed counts, not ten thousand boxes.
		expect(await page.locator('.vis-item[data-id]').count()).toBeLessThan(400);

		const labour = events.filter((event) => event.themes.includes('labour'));
		await page.getByRole('button', { name: 'Only Labour and strikes' }).click();
		await expect(page.getByText(`Showing ${labour.length} of 10000 events`)).toBeVisible();
		await expect(page).toHaveURL(/themes=labour/);
		const shownIds = await page
			.locator('.narrative [data-event-id]')
			.evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.eventId));
		expect(shownIds.length).toBeGreaterThan(0);
		expect(shownIds).toEqual(labour.slice(0, shownIds.length).map((event) => event.id));

		const late = labour[Math.floor(labour.length * 0.9)]!;
		await page.goto(`${site}/?themes=labour&event=${late.id}`);
		const details = page.getByRole('region', { name: 'Selected event' });
		await expect(details.getByRole('heading').first()).toHaveText(late.title, {
			timeout: 30_000
		});
		await expect(page.locator(`.vis-item.vis-selected[data-id="${late.id}"]`)).toBeVisible();
		await expect(page.locator(`#event-${late.id}`)).toBeInViewport();
	});

	test('search finds one event among ten thousand', async ({ page }) => {
		// Each generated description numbers its event, so this phrase picks out exactly one.
		const phrase = 'benchmark event 7777 (';
		const target = events.find((event) => event.description.includes(phrase))!;
		await page.goto(`${site}/?q=${encodeURIComponent(phrase)}`);
		await expect(page.getByText('Showing 1 of 10000 events')).toBeVisible({ timeout: 30_000 });
		await expect(page.locator(`#event-${target.id}`)).toBeVisible();
		await expect(page.locator('.vis-item[data-id]')).toHaveAttribute('data-id', target.id);
	});

	test('before the rest of the events arrive, the timeline shows a picture of all of them', async ({
		page
	}) => {
		// The page carries the first events and a prerendered picture of every one; hold the rest.
		const release = await holdRequests(page, '**/events.json');
		await page.goto(`${site}/`);
		const canvas = page.getByRole('application', { name: /Timeline/ });
		await expect(canvas).toHaveAccessibleName('Timeline: 10000 events');
		const counts = await page
			.locator('.canvas .picture .label.aggregate')
			.evaluateAll((labels) => labels.map((label) => Number(label.textContent)));
		expect(counts.length).toBeGreaterThan(10);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(10_000);
		await expect(page.getByText('Loading the timeline…')).toBeVisible();
		await expect(page.locator('.canvas.ready')).toHaveCount(0);

		release();
		await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('.canvas .picture')).toHaveCount(0);
		await expect(canvas).toHaveAccessibleName('Timeline: 10000 events');
	});

	test('if the rest of the events cannot be fetched, the first ones are drawn and it says so', async ({
		page
	}) => {
		await page.route('**/events.json', (route) => route.abort());
		await page.goto(`${site}/`);
		await expect(
			page.getByText('Only the first 40 of 10000 events could be loaded. Check the connection')
		).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible();
		await expect(page.locator('.canvas .picture')).toHaveCount(0);
		await expect(page.getByRole('application', { name: 'Timeline: 40 events' })).toBeVisible();
	});

	test('without JavaScript, every event is reachable from the index', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site}/`);
		// The link is at the foot of the story. Before hydration, story entries are laid out only
		// as they come into view (content-visibility), so scrolling to the link resizes the entries
		// above it a frame later. A click that follows its scroll at machine speed can press on the
		// link and let go once it has moved; a reader scrolls to it first, then clicks. Playwright's
		// click waits for the link to hold still, so it is scrolled into view before that wait.
		const index = page.getByRole('link', { name: 'All 10000 events, year by year' });
		await index.scrollIntoViewIfNeeded();
		await index.click();
		await page.waitForURL(`${site}/events/`);
		await expect(page.locator('.events a')).toHaveCount(10_000, { timeout: 30_000 });
		await context.close();
	});
});
