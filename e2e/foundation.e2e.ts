import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parseInline, splitParagraphs } from '../src/lib/model/markdown.ts';
import { foldText } from '../src/lib/collection/quotes.ts';

const eventCount = readdirSync('events').filter((name) => name.endsWith('.md')).length;

const requiredEvents = [
	{ id: 'nazarbayev-comes-to-power', date: '1990' },
	{ id: 'financial-crisis-2008', date: '2008' },
	{ id: 'early-presidential-election', date: 'April 2011' },
	{ id: 'zhanaozen-massacre', date: '16 December 2011' },
	{ id: 'state-of-emergency-extended', date: '5 January 2012' },
	{ id: 'parliamentary-election-2012', date: '15 January 2012' }
];

test('the home page lists the six required events with their dates', async ({ page }) => {
	await page.goto('/');
	for (const { id, date } of requiredEvents) {
		const entry = page.locator(`#event-${id}`);
		await expect(entry).toBeVisible();
		await expect(entry.locator('time').first()).toHaveText(date);
	}
});

test('a season keeps its precision on the home page', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#event-arab-spring-reaches-kazakhstan time').first()).toHaveText(
		'Spring 2011'
	);
});

test('an event page shows its quotes with attribution', async ({ page }) => {
	await page.goto('/events/zhanaozen-massacre/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Security forces kill striking oil workers in Zhanaozen'
	);
	const quote = page.locator('blockquote').first();
	await expect(quote).toContainText('security forces massacred at least 17 striking oil workers');
	await expect(page.locator('figcaption').first()).toHaveText(
		/Clara Weiss, “Kazakh elections take place amid rising social tensions”, World Socialist Web Site, 27 January 2012, paragraph 1$/
	);
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole list is still there', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[id^="event-"]')).toHaveCount(eventCount);
		await expect(page.locator('#event-zhanaozen-massacre blockquote').first()).toBeVisible();
	});
});

test('/events.json holds every record with paragraph numbers and source metadata', async ({
	request
}) => {
	const response = await request.get('/events.json');
	expect(response.ok()).toBe(true);
	const body = await response.json();
	expect(body.events).toHaveLength(eventCount);
	expect(body.sources[0]).toMatchObject({ id: 'kazakh-elections-2012', author: 'Clara Weiss' });
	const sourceBody = readFileSync('events/sources/kazakh-elections-2012.md', 'utf8').split(
		/^---$/m
	)[2]!;
	const paragraphs = splitParagraphs(sourceBody).map(
		(paragraph) => foldText(parseInline(paragraph).plain).text
	);
	expect(body.events.length).toBeGreaterThanOrEqual(18);
	for (const event of body.events) {
		for (const quote of event.quotes) {
			expect(paragraphs[quote.paragraph - 1]).toContain(foldText(quote.text).text);
		}
	}
});
