import { expect, test } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import {
	drawnItems,
	findAndAcceptAll,
	keptEvents,
	pasteArticle,
	startTimeline
} from './make-steps.ts';

// The review on /make/: merging and splitting, themes, quotes chosen by selecting the text, and
// what the page says when there is nothing to find.

test('two events merge into one with both quotes, and a quote splits out again', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	const [first, second] = [keptEvents(page).nth(0), keptEvents(page).nth(1)];
	const secondTitle = await second.getByRole('heading').innerText();
	const secondQuote = await second.getByRole('blockquote').innerText();

	await first.getByText(/^Edit “/).click();
	await first.getByRole('combobox').selectOption({ label: secondTitle });
	await first.getByRole('button', { name: 'Merge' }).click();
	await expect(keptEvents(page)).toHaveCount(count - 1);
	const merged = keptEvents(page).nth(0);
	await expect(merged.getByRole('blockquote')).toHaveCount(2);
	await expect(merged.getByRole('blockquote').nth(1)).toContainText(secondQuote.slice(0, 40));

	await merged.getByRole('button', { name: 'Split into its own event' }).nth(1).click();
	await expect(keptEvents(page)).toHaveCount(count);
	await expect(keptEvents(page).nth(0).getByRole('blockquote')).toHaveCount(1);
	await expect(keptEvents(page).nth(1).getByRole('blockquote')).toContainText(
		secondQuote.slice(0, 40)
	);
});

test('a theme made here files an event, and the explorer filters by it', async ({ page }) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	await page.getByRole('textbox', { name: 'New theme' }).fill('Labour unrest');
	await page.getByRole('button', { name: 'Make theme' }).click();
	await expect(page.getByRole('list', { name: 'Themes' })).toContainText('Labour unrest');

	const first = keptEvents(page).nth(0);
	const title = await first.getByRole('heading').innerText();
	await first.getByText(/^Edit “/).click();
	await first.getByRole('checkbox', { name: 'Labour unrest' }).check();
	await expect(first.getByRole('checkbox', { name: 'Labour unrest' })).toBeChecked();

	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	await expect(page.getByText(`Showing ${count} of ${count} events`)).toBeVisible();
	await page.getByRole('button', { name: 'Only Labour unrest' }).click();
	await expect(page.getByText(new RegExp(`^Showing 1 of ${count} events`))).toBeVisible();
	await expect(drawnItems(page)).toHaveCount(1);
	await expect(drawnItems(page)).toHaveText(title);
});

test('a passage selected in the text becomes a quote of an event, and undo takes it back', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	const passage = 'the buildup of a controlled multiparty system';
	const text = page.getByRole('region', { name: /^The text of / });
	await expect(text).toContainText(passage);
	// Each statement found is marked, and the words of its date stand out inside it.
	const first = text.getByRole('mark').first();
	await expect(first).toContainText('On January 15, Kazakhstan held its parliamentary elections');
	await expect(first.locator('.date')).toHaveText(['January 15']);
	// Selecting with the mouse, as a reader would: the words' own range in the page.
	await text.evaluate((region, words) => {
		const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(words);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return;
		}
		throw new Error(`"${words}" is not in one piece of the text`);
	}, passage);
	const tools = page.getByRole('group', { name: 'The passage selected' });
	await expect(tools).toContainText(passage);
	const target = await keptEvents(page).nth(2).getByRole('heading').innerText();
	await tools.getByRole('combobox', { name: 'Add as a quote to' }).selectOption({ label: target });
	await tools.getByRole('button', { name: 'Add quote' }).click();
	await expect(keptEvents(page).nth(2).getByRole('blockquote').last()).toHaveText(passage);
	await expect(tools).toBeHidden();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(keptEvents(page).nth(2).getByRole('blockquote')).toHaveCount(1);
	await expect(keptEvents(page)).toHaveCount(count);
});

test('a passage selected by keyboard in the text box starts an event of its own, dated', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
	const box = page.getByRole('textbox', { name: 'Source text' });
	await box.focus();
	await box.press('Control+Home');
	// "On January 15, Kazakhstan": 25 characters, selected with the keyboard.
	for (let step = 0; step < 25; step++) await box.press('Shift+ArrowRight');
	const tools = page.getByRole('group', { name: 'The passage selected' });
	await expect(tools).toContainText('On January 15, Kazakhstan');
	await tools.getByRole('button', { name: 'Start a new event from it' }).focus();
	await page.keyboard.press('Enter');
	await expect(keptEvents(page)).toHaveCount(count + 1);
	const added = keptEvents(page).last();
	await expect(added.getByRole('blockquote')).toHaveText('On January 15, Kazakhstan');
	// Dated as the finder reads the passage, the year from the day the source was published.
	await expect(added.getByText('15 January 2012')).toBeVisible();
});

test('an empty source and a text with no dates each say what to do, and lose nothing', async ({
	page
}) => {
	await startTimeline(page);
	await page.getByRole('button', { name: 'Find events' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Paste the source’s text, or open a file, before finding its events.'
	);

	const undated = 'The committee met and agreed to carry on.\n\nNobody said when it would end.';
	await page.getByRole('textbox', { name: 'Source text' }).fill(undated);
	await page.getByRole('textbox', { name: 'Source text' }).blur();
	await page.getByRole('button', { name: 'Find events' }).click();
	await expect(page.getByRole('alert')).toContainText('No dates were found in this text');
	await expect(page.getByRole('textbox', { name: 'Source text' })).toHaveValue(undated);
	await page.getByRole('button', { name: 'Add an event by hand' }).click();
	await expect(keptEvents(page)).toHaveCount(1);
	await expect(keptEvents(page).getByRole('heading')).toHaveText('New event');
});

test('two thousand candidates are drawn a window at a time, reviewed to the last, and kept at once', async ({
	page
}) => {
	// The heaviest work the page is asked to do: on a loaded 2-core machine the whole of it,
	// pasting and finding included, takes longer than a test's default 30 s.
	test.setTimeout(120_000);
	const months = ['January', 'March', 'May', 'July', 'September', 'November'];
	const text = Array.from(
		{ length: 2000 },
		(_, index) =>
			`On ${(index % 28) + 1} ${months[index % 6]} ${1900 + (index % 120)}, the council of town ${index + 1} voted on its budget.`
	).join('\n\n');
	await startTimeline(page);
	await page.getByRole('textbox', { name: 'Source text' }).fill(text);
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Council minutes');
	await page.getByRole('button', { name: 'Find events' }).click();
	// The finder reads 2,000 paragraphs in its worker: on the loaded CI machine that once took
	// longer than the default wait, so this wait, and those after the heaviest steps, are longer.
	const heavy = { timeout: 60_000 };
	await expect(
		page.getByRole('status').filter({ hasText: '2000 dated statements found.' })
	).toBeVisible(heavy);

	const list = page.getByRole('list', { name: 'To review' });
	const toReview = list.getByRole('listitem');
	await expect(toReview.first()).toContainText('the council of town 1 voted');
	await expect(toReview.first()).toHaveAttribute('aria-setsize', '2000');
	// Only a window of them is in the page: the screen's and a few either side.
	expect(await toReview.count()).toBeLessThan(60);

	// Scrolled to its end, the list draws its last candidate, which can be decided there.
	// The list's end moves as its rows are measured: scrolled to again until the last is drawn.
	const last = list.locator('li[aria-posinset="2000"]');
	await expect(async () => {
		await list.evaluate((element) =>
			scrollTo(0, element.getBoundingClientRect().bottom + scrollY - innerHeight)
		);
		await expect(last).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 30_000 });
	await expect(last).toContainText('the council of town 2000 voted');
	expect(await toReview.count()).toBeLessThan(60);
	await last.getByRole('button', { name: /^Reject:/ }).click();
	await expect(page.getByRole('status').filter({ hasText: /^1999 to review/ })).toBeVisible();
	await expect(list.locator('li[aria-posinset="1999"]')).toContainText(
		'the council of town 1999 voted'
	);

	await page.getByRole('button', { name: 'Accept all (1999)' }).click();
	await expect(page.getByRole('heading', { name: 'Events kept (1999)' })).toBeVisible(heavy);
	await expect(keptEvents(page).first()).toBeVisible();
	expect(await keptEvents(page).count()).toBeLessThan(60);

	// A field typed in stays in the page while the list scrolls past it, and saves as it is left.
	await keptEvents(page)
		.first()
		.getByText(/^Edit “/)
		.click();
	await keptEvents(page)
		.first()
		.getByRole('textbox', { name: 'Title' })
		.fill('Typed, then scrolled');
	const lastKept = page
		.getByRole('list', { name: 'Events kept' })
		.locator('li[aria-posinset="1999"]');
	await expect(async () => {
		await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
		await expect(lastKept).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 30_000 });
	await expect(page.locator('input:focus')).toHaveValue('Typed, then scrolled');
	await page.keyboard.press('Tab');
	await page.evaluate(() => scrollTo(0, 0));
	await expect(keptEvents(page).first().getByRole('heading', { level: 3 })).toHaveText(
		'Typed, then scrolled'
	);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(keptEvents(page).first().getByRole('heading', { level: 3 })).not.toHaveText(
		'Typed, then scrolled'
	);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('heading', { name: 'Events kept (0)' })).toBeVisible(heavy);
	await expect(page.getByRole('button', { name: 'Accept all (1999)' })).toBeVisible();
});
