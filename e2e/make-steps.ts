import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// What a teacher does first on /make/, for the specs that go on from there.

const articleFile = readFileSync('events/sources/kazakh-elections-2012.md', 'utf8');
/** The article as a teacher would paste it: its text, without our front matter. */
export const ARTICLE = articleFile.slice(articleFile.indexOf('---', 3) + 3).trim();
export const DETAILS = {
	Title: 'Kazakh elections take place amid rising social tensions',
	Author: 'Clara Weiss',
	Publisher: 'World Socialist Web Site'
};

export async function startTimeline(page: Page) {
	await page.goto('/make/');
	await page.getByRole('button', { name: 'Start a new timeline' }).click();
	await expect(page).toHaveURL(/\/make\/\?t=[\w-]+$/);
	await expect(page.getByRole('textbox', { name: 'Source text' })).toBeVisible();
}

export async function pasteArticle(page: Page) {
	await page.getByRole('textbox', { name: 'Source text' }).fill(ARTICLE);
	for (const [label, value] of Object.entries(DETAILS))
		await page.getByRole('textbox', { name: label, exact: true }).fill(value);
	await page.getByLabel('Date published').fill('2012-01-27');
	await page.getByLabel('Date published').blur();
}

/** Finds the events of the source pasted and accepts them all; returns how many. */
export async function findAndAcceptAll(page: Page): Promise<number> {
	await page.getByRole('button', { name: 'Find events' }).click();
	const found = page.getByRole('status').filter({ hasText: /dated statements? found/ });
	await expect(found).toBeVisible();
	const count = Number((await found.innerText()).match(/\d+/)![0]);
	// On a phone (the page's own breakpoint, 760 px) the candidates are on a tab of their own.
	if ((page.viewportSize()?.width ?? 1280) <= 760)
		await page.getByRole('tab', { name: /^Events/ }).click();
	await page.getByRole('button', { name: `Accept all (${count})` }).click();
	await expect(keptEvents(page)).toHaveCount(count);
	return count;
}

export const keptEvents = (page: Page) =>
	page.getByRole('list', { name: 'Events kept' }).getByRole('article');

export const saved = (page: Page) =>
	expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

/** The explorer's items on the timeline, once it has drawn them. */
export const drawnItems = (page: Page) => page.locator('.canvas.ready .vis-item[data-id]');

/** "Share as a link", and the link the page makes: the whole timeline in its #fragment. */
export async function shareLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Share as a link' }).click();
	const field = page.getByRole('textbox', { name: 'Link to this timeline' });
	await expect(field).toHaveValue(/\/make\/shared\/#1\.[\w-]+$/);
	return field.inputValue();
}
