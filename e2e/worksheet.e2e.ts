import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BUILT_LESSON, BUILT_LESSON_CODE } from './built-lesson.ts';
import { screenshot, timelineReady } from './helpers.ts';

// A lesson opened as a worksheet: students answer in the page, with no account and no server;
// the answers stay in their browser, print with the questions and download to hand in.

const SHARED = `/lessons/shared/#${BUILT_LESSON_CODE}`;
const PROMPT = BUILT_LESSON.steps[1]!.prompt;
const QUESTION = BUILT_LESSON.questions[0]!;

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const stepAnswer = (page: Page) => field(page, 'Your answer to step 2');
const questionAnswer = (page: Page) => field(page, 'Your answer to question 1');

async function openWorksheet(page: Page, path: string) {
	await page.goto(path);
	await timelineReady(page);
	await page.getByRole('link', { name: 'Worksheet', exact: true }).click();
	await expect(page).toHaveURL(/[?&]as=worksheet/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Worksheet:');
}

async function answerAll(page: Page) {
	await field(page, 'Name').fill('Aigerim B.');
	await field(page, 'Class').fill('10B');
	await field(page, 'Date').fill('8 December');
	await stepAnswer(page).fill('A local official, and then the prosecutor.\nThe figures differ.');
	await questionAnswer(page).fill('Because the companies would not negotiate.');
}

for (const width of [390, 1280])
	test(`at ${width} px, a built lesson's worksheet keeps answers over a reload, downloads and clears them`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await openWorksheet(page, SHARED);
		// The lesson's link is still in the address, beside the worksheet.
		expect(new URL(page.url()).hash).toBe(`#${BUILT_LESSON_CODE}`);
		await expect(page.getByText(PROMPT)).toBeVisible();
		// A box under the one step with a task, and under each question; none for the others.
		await expect(page.getByRole('textbox', { name: /^Your answer/ })).toHaveCount(2);
		await expect(page.getByText('Nothing is sent anywhere')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Use this lesson' })).toHaveCount(0);
		await answerAll(page);
		await screenshot(page, `worksheet-${width}`);

		await page.reload();
		await timelineReady(page);
		await expect(field(page, 'Name')).toHaveValue('Aigerim B.');
		await expect(stepAnswer(page)).toHaveValue(
			'A local official, and then the prosecutor.\nThe figures differ.'
		);
		await expect(questionAnswer(page)).toHaveValue('Because the companies would not negotiate.');

		const saving = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download answers' }).click();
		const file = await saving;
		expect(file.suggestedFilename()).toBe('worksheet-oil-protest-and-the-state-aigerim-b.txt');
		const text = readFileSync(await file.path(), 'utf8');
		expect(text).toContain('Name: Aigerim B.\nClass: 10B\nDate: 8 December');
		expect(text).toContain(
			`Task: ${PROMPT}\nAnswer:\nA local official, and then the prosecutor.\nThe figures differ.`
		);
		expect(text).toContain(
			`Question 1: ${QUESTION}\nAnswer:\nBecause the companies would not negotiate.`
		);

		// Clearing asks once more; keeping them changes nothing.
		await page.getByRole('button', { name: 'Clear my answers' }).click();
		await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
		await page.getByRole('button', { name: 'Keep them' }).click();
		await expect(field(page, 'Name')).toHaveValue('Aigerim B.');
		await page.getByRole('button', { name: 'Clear my answers' }).click();
		await page.getByRole('button', { name: 'Clear them' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Your answers are cleared.' })
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Clear my answers' })).toBeFocused();
		for (const box of [field(page, 'Name'), stepAnswer(page), questionAnswer(page)])
			await expect(box).toHaveValue('');
		await page.reload();
		await timelineReady(page);
		await expect(field(page, 'Name')).toHaveValue('');
		await expect(questionAnswer(page)).toHaveValue('');

		await page.getByRole('link', { name: 'Back to the lesson' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILT_LESSON.title);
		await expect(page.getByRole('textbox', { name: /^Your answer/ })).toHaveCount(0);
	});

test('where the browser keeps nothing, the worksheet says so and loses nothing while open', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await openWorksheet(page, '/lessons/zhanaozen-state-of-emergency/');
	await expect(page.getByRole('alert')).toContainText('This browser is not keeping your answers');
	await field(page, 'Name').fill('Dana');
	await questionAnswer(page).fill('The strike began in May.');
	// Reading on moves the step in the address; what was typed stays.
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(page).toHaveURL(/step=2/);
	await expect(field(page, 'Name')).toHaveValue('Dana');
	await expect(questionAnswer(page)).toHaveValue('The strike began in May.');
});

test('the worksheet prints the answers written, and blank lines for those not', async ({
	page
}) => {
	await openWorksheet(page, SHARED);
	await field(page, 'Name').fill('Aigerim B.');
	await questionAnswer(page).fill('Because the companies would not negotiate.');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByText('Because the companies would not negotiate.')).toBeVisible();
	await expect(page.getByText('Aigerim B.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print worksheet' })).toBeHidden();
	// The unanswered task prints lines to write on.
	const task = page.locator('li', { hasText: PROMPT });
	await expect(task.locator('.written.lines')).toBeVisible();
	await page.pdf({ path: 'test-results/worksheet.pdf', format: 'A4' });
});

test('an embedded lesson links to its worksheet, which opens in a new tab', async ({ page }) => {
	await page.goto('/embed/?lesson=zhanaozen-state-of-emergency');
	await timelineReady(page);
	const link = page.getByRole('link', { name: /^Worksheet/ });
	await expect(link).toHaveAttribute('target', '_blank');
	const opening = page.waitForEvent('popup');
	await link.click();
	const worksheet = await opening;
	await expect(worksheet).toHaveURL(/\/lessons\/zhanaozen-state-of-emergency\/\?as=worksheet$/);
	await expect(worksheet.getByRole('heading', { level: 1 })).toContainText('Worksheet:');
	await expect(worksheet.getByRole('textbox', { name: 'Your answer to question 1' })).toBeVisible();
});
