import { expect, test } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import {
	findAndAcceptAll,
	keptEvents,
	pasteArticle,
	saved,
	shareLink,
	startTimeline
} from './make-steps.ts';

// A lesson over a teacher's own timeline, shared as one link that carries both.

test('a lesson made over a new timeline opens from its link in a fresh browser', async ({
	page,
	browser
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	await findAndAcceptAll(page);
	const [first, second] = [
		await keptEvents(page).nth(0).getByRole('heading').innerText(),
		await keptEvents(page).nth(3).getByRole('heading').innerText()
	];
	await page.getByRole('link', { name: 'Make a lesson from it' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('A lesson from');

	await page.getByRole('textbox', { name: 'Title' }).fill('Elections after the strike');
	await page.getByRole('textbox', { name: 'Introduction' }).fill('How one article tells it.');
	const picker = page.getByRole('list', { name: 'Events to add' });
	await picker.getByRole('button', { name: `Add: ${first}` }).click();
	await picker.getByRole('button', { name: `Add: ${second}` }).click();
	await page.getByRole('button', { name: 'Add a question' }).click();
	await page.getByRole('textbox', { name: 'Question 1' }).fill('Whose numbers does it trust?');
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview.locator('ol.steps > li h3')).toHaveText([first, second]);
	await saved(page);

	// A reload keeps the lesson: it is saved with the timeline.
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
		'Elections after the strike'
	);
	const link = await shareLink(page);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(
		other.getByText('It comes with a lesson: Elections after the strike.')
	).toBeVisible();
	await other.getByRole('button', { name: 'Open the lesson' }).click();
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Elections after the strike');
	await expect(other.getByText('Whose numbers does it trust?')).toBeVisible();
	await expect(other.locator('ol.steps > li h3')).toHaveText([first, second]);
	await timelineReady(other);

	await other
		.getByRole('link', { name: /^Show in source/ })
		.first()
		.click();
	await expect(
		other.getByRole('region', { name: 'In its source' }).getByRole('mark')
	).toBeVisible();
	await fresh.close();
});
