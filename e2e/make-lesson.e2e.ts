import { expect, test, type Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import { HOST_PORT } from './ports.ts';
import {
	findAndAcceptAll,
	keptEvents,
	pasteArticle,
	saved,
	shareLink,
	startTimeline
} from './make-steps.ts';

// A lesson over a teacher's own timeline, shared as one link that carries both.

/**
 * Makes a timeline from the article and a lesson of two of its events; returns their titles and
 * how many events the timeline kept.
 */
async function makeLesson(page: Page): Promise<[string, string, number]> {
	await startTimeline(page);
	await pasteArticle(page);
	const count = await findAndAcceptAll(page);
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
	return [first, second, count];
}

test('a lesson made over a new timeline opens from its link in a fresh browser', async ({
	page,
	browser
}) => {
	const [first, second] = await makeLesson(page);

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
	// The source opens under the lesson, which stays.
	await expect(other.getByText('Whose numbers does it trust?')).toBeVisible();

	// A step's event has no page of its own: its link, opened in a new tab, shows it chosen in
	// the timeline's explorer. (A click in the lesson goes to that step.)
	const step = other.locator('ol.steps > li h3').getByRole('link', { name: second });
	const href = await step.evaluate((link) => (link as HTMLAnchorElement).href);
	expect(href).toMatch(/\/make\/view\/\?event=[\w-]+#t=[\w-]+$/);
	const tab = await fresh.newPage();
	await tab.goto(href);
	await expect(tab.getByRole('heading', { level: 1 })).toHaveText(
		'Kazakh elections take place amid rising social tensions'
	);
	await timelineReady(tab);
	await expect(
		tab.locator('.narrative [data-event-id][aria-current]').getByRole('heading', { level: 3 })
	).toHaveText(second);
	await fresh.close();
});

test('a lesson over a new timeline, and the timeline itself, embed in another site’s page', async ({
	page,
	context
}) => {
	const [first, second, count] = await makeLesson(page);
	await shareLink(page);
	await page.getByText('Embed it in a page').click();
	await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('lesson');
	const code = await page.getByLabel('Code to paste').inputValue();
	expect(code).toContain('title="Elections after the strike — ');
	expect(code).toMatch(/src="[^"]*\/make\/embed\/#lesson=&amp;t=1\.[\w-]+"/);

	// Pasted on another origin, which cannot read the teacher's browser: the frame reads it all
	// from its address.
	const course = await context.newPage();
	await course.goto(`http://127.0.0.1:${HOST_PORT}/paste?code=${encodeURIComponent(code)}`);
	const frame = course.frameLocator('iframe');
	await expect(frame.getByText('Lesson: Elections after the strike, 2 events')).toBeVisible();
	await expect(frame.locator('.narrative [data-event-id]').getByRole('heading')).toHaveText([
		first,
		second
	]);
	await expect(frame.getByRole('link', { name: /^Open the lesson/ })).toHaveAttribute(
		'href',
		/\/make\/shared\/#1\./
	);
	// Its questions, but no worksheet: the lesson's page is the teacher's timeline, not a lesson.
	await expect(frame.getByRole('heading', { name: 'Questions for discussion' })).toBeAttached();
	await expect(frame.getByRole('link', { name: /^Worksheet/ })).toHaveCount(0);
	await frame.getByRole('button', { name: /^Next/ }).click();
	await frame
		.getByRole('link', { name: /^Show in source/ })
		.first()
		.click();
	await expect(
		frame.getByRole('region', { name: 'In its source' }).getByRole('mark')
	).toBeVisible();

	await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('timeline');
	const timelineCode = await page.getByLabel('Code to paste').inputValue();
	expect(timelineCode).toMatch(/src="[^"]*\/make\/embed\/#t=1\.[\w-]+"/);
	await course.goto(`http://127.0.0.1:${HOST_PORT}/paste?code=${encodeURIComponent(timelineCode)}`);
	await expect(frame.locator('.canvas.ready .vis-item[data-id]')).toHaveCount(count);
	await expect(frame.getByRole('link', { name: /^Open the timeline/ })).toBeVisible();

	// A change after the link was made: the page says the link holds the timeline as it was.
	const stale = page.getByText('The timeline has changed since this link was made');
	await expect(stale).toBeHidden();
	await page.getByRole('textbox', { name: 'Title' }).fill('Elections after the strike, again');
	await expect(stale).toBeVisible();
	await shareLink(page);
	await expect(stale).toBeHidden();

	// A frame whose address was cut or mangled says so, and offers the maker.
	await course.goto(
		`http://127.0.0.1:${HOST_PORT}/paste?code=${encodeURIComponent(timelineCode.replace(/#t=1\.[\w-]{40}/, '#t=1.x'))}`
	);
	await expect(frame.getByRole('alert')).toContainText('link');
	await expect(frame.getByRole('link', { name: /^Make a timeline of your own/ })).toBeVisible();
});
