import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { decodeLessonLink } from '../src/lib/lesson-builder/lesson-link.ts';
import { timelineReady } from './helpers.ts';

// A lesson plan's basics: who it suits, how long it takes, what it teaches, and notes for the
// teacher, which stay off the worksheet and the printed handout.

const LESSON = 'zhanaozen-state-of-emergency';
const preset = parse(readFileSync(`events/lessons/${LESSON}.yaml`, 'utf8')) as {
	level: string;
	minutes: number;
	objectives: string[];
	teacherNotes: string;
};

const notes = (page: Page) => page.getByRole('complementary', { name: 'For the teacher' });
const objectives = (page: Page) => page.getByRole('region', { name: 'Learning objectives' });

async function expectDetails(page: Page, teacherNotes: string) {
	const plan = page.locator('dl.plan');
	await expect(plan.getByRole('term')).toHaveText(['Level', 'Length']);
	await expect(plan.getByRole('definition')).toHaveText([
		preset.level,
		`${preset.minutes} minutes`
	]);
	await expect(objectives(page).getByRole('listitem')).toHaveText(preset.objectives);
	await expect(notes(page)).toContainText(teacherNotes);
}

for (const width of [390, 1280])
	test(`at ${width} px, a preset's details show on its page, and its notes stay off the handout and the worksheet`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`/lessons/${LESSON}/`);
		await timelineReady(page);
		await expectDetails(page, preset.teacherNotes);

		await page.emulateMedia({ media: 'print' });
		await expect(objectives(page)).toBeVisible();
		await expect(notes(page)).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		await page.getByRole('link', { name: 'Worksheet', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Worksheet:');
		await expect(objectives(page)).toBeVisible();
		await expect(page.getByText(preset.teacherNotes)).toHaveCount(0);
	});

test('the builder edits the details, and the lesson link carries them', async ({ page }) => {
	await page.goto(`/lessons/new/?from=${LESSON}`);
	await expect(page.getByRole('searchbox', { name: 'Search the events' })).toBeVisible();
	const details = page.getByRole('region', { name: 'Lesson details' });
	await expect(details.getByRole('textbox', { name: 'Age or level' })).toHaveValue(preset.level);
	await expect(details.getByRole('textbox', { name: 'Length in minutes' })).toHaveValue(
		String(preset.minutes)
	);
	await details.getByRole('textbox', { name: 'Length in minutes' }).fill('forty');
	await expect(details.getByText('A whole number of minutes from 1 to 600')).toBeVisible();
	await details.getByRole('textbox', { name: 'Length in minutes' }).fill(String(preset.minutes));
	await details.getByRole('textbox', { name: 'Notes for the teacher' }).fill('Bring the map.');
	// The preview is the lesson page as it will be.
	await expect(notes(page)).toContainText('Bring the map.');

	// The link is written again once the edit is encoded: read back until it holds the notes.
	const link = page.getByRole('textbox', { name: 'Lesson link' });
	const notesInLink = async () =>
		(await decodeLessonLink(new URL(await link.inputValue()).hash)).lesson?.details.teacherNotes;
	await expect.poll(notesInLink).toBe('Bring the map.');
	await page.goto(await link.inputValue());
	await timelineReady(page);
	await expectDetails(page, 'Bring the map.');
	await page.getByRole('link', { name: 'Worksheet', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Worksheet:');
	await expect(page.getByText('Bring the map.')).toHaveCount(0);
});
