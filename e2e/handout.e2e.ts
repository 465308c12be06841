import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readQrCode, timelineReady } from './helpers.ts';
import { SITE } from './ports.ts';

// A lesson printed as a handout: its charts, lines to write on under each question, blanks for a
// name, class and date, and a code that opens the lesson on a phone.

const LESSON = 'oil-wealth-crisis-inequality';
const preset = parse(readFileSync(`events/lessons/${LESSON}.yaml`, 'utf8')) as {
	events: string[];
	questions: string[];
};

for (const width of [390, 1280])
	test(`at ${width} px, a printed lesson has its charts, room to write and a code to scan`, async ({
		page,
		request
	}) => {
		const { events } = (await (await request.get('/events.json')).json()) as {
			events: { id: string; charts: unknown[] }[];
		};
		const charts = preset.events
			.map((id) => events.find((event) => event.id === id)!.charts.length)
			.reduce((sum, count) => sum + count, 0);
		expect(charts).toBeGreaterThan(0);

		await page.setViewportSize({ width, height: 900 });
		await page.goto(`/lessons/${LESSON}/?step=3`);
		await timelineReady(page);
		await page.emulateMedia({ media: 'print' });

		const steps = page.locator('ol.steps');
		const drawn = steps.locator('figure svg[role="img"]');
		await expect(drawn).toHaveCount(charts);
		for (const chart of await drawn.all()) await expect(chart).toBeVisible();
		const questions = page.getByRole('region', { name: 'Questions for discussion' });
		await expect(questions.locator('.written.lines')).toHaveCount(preset.questions.length);
		for (const lines of await questions.locator('.written.lines').all())
			await expect(lines).toBeVisible();
		for (const blank of ['Name', 'Class', 'Date'])
			await expect(page.getByText(blank, { exact: true })).toBeVisible();

		const code = page.getByRole('figure', { name: 'Scan to open this lesson on a phone.' });
		await expect(code).toBeVisible();
		// The lesson from its start, not the step the teacher printed it from.
		expect(await readQrCode(code.getByRole('img'))).toBe(`${SITE}/lessons/${LESSON}/`);
		await page.pdf({ path: `test-results/handout-${width}.pdf`, format: 'A4' });
	});
