import { expect, test } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import {
	DETAILS,
	findAndAcceptAll,
	keptEvents,
	pasteArticle,
	saved,
	startTimeline
} from './make-steps.ts';

// A timeline of more than one source, a figure they disagree on, and the list of timelines kept.

const WITNESS = {
	text: 'On 17 December 2011, witnesses told reporters that at least 70 people had been killed in Zhanaozen.',
	title: 'What witnesses said'
};

test('a second source disputes a figure of the first, and the explorer shows both', async ({
	page
}) => {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);

	await page.getByRole('button', { name: 'Add another source' }).click();
	const second = page.getByRole('region', { name: /^Source 2/ });
	await second.getByRole('textbox', { name: 'Source text' }).fill(WITNESS.text);
	await second.getByRole('textbox', { name: 'Title', exact: true }).fill(WITNESS.title);
	await second.getByRole('textbox', { name: 'Author', exact: true }).fill('A reporter');
	await second.getByRole('textbox', { name: 'Publisher', exact: true }).fill('A news agency');
	await second.getByLabel('Date published').fill('2011-12-20');
	await second.getByLabel('Date published').blur();
	await second.getByRole('button', { name: 'Find events' }).click();
	await expect(second.getByRole('status')).toHaveText('1 dated statement found.');
	await page.getByRole('button', { name: /^Accept: / }).click();
	await expect(page.getByRole('heading', { name: `Events kept (${count + 1})` })).toBeVisible();

	const massacre = keptEvents(page).filter({ hasText: 'massacred at least 17' });
	await massacre.getByText(/^Edit “/).click();
	const figures = massacre.getByRole('group', { name: 'Disputed figures' });
	const addFigure = async (value: string, by: string, source: string, words: string) => {
		await figures.getByRole('textbox', { name: 'What is counted' }).fill('Workers killed');
		await figures.getByRole('textbox', { name: 'The figure, as given' }).fill(value);
		await figures.getByRole('textbox', { name: 'Who gives it' }).fill(by);
		await figures
			.getByRole('combobox', { name: 'In which source' })
			.selectOption({ label: source });
		await figures.getByRole('textbox', { name: 'Its words, exactly as in the source' }).fill(words);
		await figures.getByRole('button', { name: 'Add figure' }).click();
		await expect(figures.getByRole('button', { name: `Remove ${value}, by ${by}` })).toBeVisible();
	};
	await addFigure('17', 'Clara Weiss', DETAILS.Title, 'security forces massacred at least 17');
	await addFigure('70', 'Witnesses', WITNESS.title, 'at least 70 people had been killed');
	await saved(page);

	await page.getByRole('link', { name: 'Open in the explorer' }).click();
	await timelineReady(page);
	await expect(page.getByText(`Showing ${count + 1} of ${count + 1} events`)).toBeVisible();
	// The event has no page of its own: its link chooses it in this explorer.
	const heading = page
		.locator('.narrative [data-event-id]')
		.filter({ hasText: 'massacred at least 17' })
		.getByRole('link', { name: 'Security forces massacred at least 17 striking oil workers' });
	await expect(heading).toHaveAttribute('href', /^\?event=security-forces-[\w-]+#t=[\w-]+$/);
	await heading.click();
	await expect(page).toHaveURL(/\/make\/view\/\?event=security-forces-[\w-]+#t=/);
	await expect(page.getByRole('link', { name: "Open this event's page" })).toHaveCount(0);
	const disputed = page.getByRole('region', { name: 'Disputed: Workers killed' }).first();
	await expect(disputed).toContainText('Clara Weiss');
	await expect(disputed).toContainText('Witnesses');
	await expect(disputed.getByText('at least 70 people had been killed')).toBeVisible();

	// Printed, the handout lists both sources.
	await page.emulateMedia({ media: 'print' });
	const sources = page.locator('.handout-footer');
	await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(sources).toContainText(DETAILS.Title);
	await expect(sources).toContainText(WITNESS.title);
});

test('My timelines renames, duplicates and deletes, and leaves alone one open in another tab', async ({
	page,
	context
}) => {
	await startTimeline(page);
	await page.getByRole('textbox', { name: 'Timeline title' }).fill('Council minutes');
	await page.getByRole('textbox', { name: 'Timeline title' }).blur();
	await saved(page);
	await page.getByRole('link', { name: 'My timelines' }).click();
	const list = page.getByRole('region', { name: 'My timelines' });

	await list.getByRole('button', { name: 'Rename Council minutes' }).click();
	await list.getByRole('textbox', { name: 'New name' }).fill('Election notes');
	await list.getByRole('button', { name: 'Save name' }).click();
	await expect(list.getByRole('link')).toHaveText(['Election notes']);

	await list.getByRole('button', { name: 'Duplicate Election notes' }).click();
	await expect(list.getByRole('link', { name: 'Election notes (copy)' })).toBeVisible();
	page.once('dialog', (dialog) => void dialog.accept());
	await list.getByRole('button', { name: 'Delete Election notes (copy)' }).click();
	await expect(list.getByRole('link')).toHaveText(['Election notes']);

	// Kept across a reload, as the browser keeps it.
	await page.reload();
	await expect(list.getByRole('link')).toHaveText(['Election notes']);

	// Open in another tab, it is neither renamed nor deleted from here.
	const other = await context.newPage();
	await other.goto(
		String(
			await list
				.getByRole('link', { name: 'Election notes' })
				.evaluate((link) => (link as HTMLAnchorElement).href)
		)
	);
	await expect(other.getByRole('textbox', { name: 'Timeline title' })).toHaveValue(
		'Election notes'
	);
	await list.getByRole('button', { name: 'Delete Election notes' }).click();
	await expect(list.getByRole('alert')).toHaveText(
		'“Election notes” is open in another tab. Close it there first.'
	);
	await expect(list.getByRole('link')).toHaveText(['Election notes']);
	await other.close();
});
