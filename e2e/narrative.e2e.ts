import { expect, test } from '@playwright/test';
import { screenshot, timelineItem, timelineReady, windowFromUrl } from './helpers.ts';
import { boxInDrawing } from './reading.ts';
import { THEME_COUNT } from './content.ts';

const electionOnly = ['early-presidential-election', 'presidential-election-2013'];

test.describe('filtering by theme', () => {
	test('labour hides the election-only events in both views, and the URL keeps it', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByRole('button', { name: 'Only Labour and strikes' }).click();

		await expect(page).toHaveURL(/themes=labour(&|$)/);
		await expect(page.getByText(/Showing 3 of \d+ events/)).toBeVisible();
		for (const id of electionOnly) {
			await expect(page.locator(`#event-${id}`)).toHaveCount(0);
			await expect(timelineItem(page, id)).toHaveCount(0);
		}
		await expect(page.locator('#event-zhanaozen-massacre')).toBeVisible();
		await expect(timelineItem(page, 'zhanaozen-massacre')).toHaveCount(1);
		await screenshot(page, 'filtered-desktop');

		await page.reload();
		await timelineReady(page);
		await expect(page.getByRole('button', { name: /^Labour and strikes/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.getByRole('button', { name: /^Elections/ })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		for (const id of electionOnly) await expect(page.locator(`#event-${id}`)).toHaveCount(0);
	});

	test('toggles add themes back, and "All themes" clears the filter', async ({ page }) => {
		await page.goto('/?themes=labour');
		await page.getByRole('button', { name: /^Elections/ }).click();
		await expect(page).toHaveURL(/themes=elections%2Clabour|themes=elections,labour/);
		await expect(page.locator('#event-early-presidential-election')).toBeVisible();
		await page.getByRole('button', { name: 'All themes' }).click();
		await expect(page).not.toHaveURL(/themes=/);
	});

	test('lanes lay the timeline out with one group per theme', async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByLabel('One timeline lane per theme').check();
		await expect(page).toHaveURL(/lanes=themes/);
		await expect(page.locator('.vis-labelset .vis-label')).toHaveCount(THEME_COUNT);
		await expect(page.locator('.vis-labelset')).toContainText('Labour and strikes');
	});
});

test.describe('scrolling history', () => {
	test('scrolling the narrative to Zhanaozen brings 16 December 2011 into the window', async ({
		page
	}) => {
		await page.goto('/?from=1990-01-01&to=1992-12-31');
		await timelineReady(page);
		await page.locator('#event-zhanaozen-massacre h3').scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 200);

		await expect(page.locator('#event-zhanaozen-massacre')).toHaveClass(/current/);
		await expect(timelineItem(page, 'zhanaozen-massacre')).toHaveClass(/is-current/);
		// The timeline moved to it by itself: drawn whole in view, and the address, which held a
		// window, says what the screen now shows.
		await expect.poll(() => boxInDrawing(page, 'zhanaozen-massacre')).toBe('inside');
		await expect
			.poll(() => {
				const window = windowFromUrl(page);
				return window !== null && window.from <= '2011-12-16' && '2011-12-16' <= window.to;
			})
			.toBe(true);
	});

	test('next and previous walk the events in date order, and j/k do too', async ({
		page,
		request
	}) => {
		const order: string[] = (await (await request.get('/events.json')).json()).events.map(
			(event: { id: string }) => event.id
		);
		await page.goto('/');
		await timelineReady(page);
		const next = page.getByRole('button', { name: /^Next/ });
		const previous = page.getByRole('button', { name: /Previous/ });

		for (const id of order.slice(0, 4)) {
			await next.click();
			await expect(page).toHaveURL(new RegExp(`event=${id}(&|$)`));
		}
		await previous.click();
		await expect(page).toHaveURL(new RegExp(`event=${order[2]}(&|$)`));
		await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();

		await page.keyboard.press('j');
		await expect(page).toHaveURL(new RegExp(`event=${order[3]}(&|$)`));
		await page.keyboard.press('k');
		await page.keyboard.press('k');
		await expect(page).toHaveURL(new RegExp(`event=${order[1]}(&|$)`));
		await expect(page.locator(`#event-${order[1]}`)).toHaveClass(/selected/);
	});

	test('stepping follows the theme filter', async ({ page }) => {
		await page.goto('/?themes=repression');
		// With nothing selected, Next steps from the event being read, if the story has marked
		// one yet (#14): the first repression event, or the one after it. Previous then comes
		// back to the first, and never to an event of another theme.
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(page).toHaveURL(/event=(zhanaozen-massacre|state-of-emergency-extended)/);
		await page.getByRole('button', { name: /^Previous/ }).click();
		await expect(page).toHaveURL(/event=zhanaozen-massacre/);
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(page).toHaveURL(/event=state-of-emergency-extended/);
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(page).toHaveURL(/event=state-of-emergency-extended/);
	});
});

test.describe('search', () => {
	test('"OSCE" finds the 15 January 2012 vote, marked, and kept in the URL', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Search events').fill('OSCE');
		await expect(page).toHaveURL(/q=OSCE/);
		const vote = page.locator('#event-parliamentary-election-2012');
		await expect(vote).toBeVisible();
		await expect(vote.locator('time').first()).toHaveText('15 January 2012');
		await expect(vote.locator('mark.search-match').first()).toHaveText('OSCE');
		await expect(page.getByText(/Showing 1 of \d+ events/)).toBeVisible();
	});

	test('search combines with themes, and an empty result offers to clear the filters', async ({
		page
	}) => {
		await page.goto('/?themes=economy&q=OSCE');
		const story = page.getByRole('region', { name: 'The story, event by event' });
		await expect(story.getByText('No events match “OSCE” in the chosen themes.')).toBeVisible();
		await story.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).not.toHaveURL(/q=|themes=/);
		await expect(page.getByText(/Showing (\d+) of \1 events/)).toBeVisible();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a filtered view reads top to bottom', async ({ page }) => {
		await page.goto('/?themes=labour,repression');
		await timelineReady(page);
		await expect(page.locator('#event-zhanaozen-massacre')).toBeVisible();
		await screenshot(page, 'filtered-phone');
	});
});
