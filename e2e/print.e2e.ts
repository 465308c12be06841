import { expect, test } from '@playwright/test';
import { timelineReady } from './helpers.ts';

interface ExportedEvent {
	id: string;
	themes: string[];
	quotes: { text: string; paragraph: number }[];
}

test('printing a filtered view gives a handout with every quote and no controls', async ({
	page,
	request
}) => {
	const { events } = (await (await request.get('/events.json')).json()) as {
		events: ExportedEvent[];
	};
	const labour = events.filter((event) => event.themes.includes('labour'));

	await page.goto('/?themes=labour');
	await timelineReady(page);
	await page.emulateMedia({ media: 'print' });

	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.narrative [data-event-id]')).toHaveCount(labour.length);
	for (const event of labour) {
		const entry = page.locator(`#event-${event.id}`);
		await expect(entry.locator('time').first()).toBeVisible();
		for (const quote of event.quotes) {
			const block = entry.locator('blockquote', { hasText: quote.text.slice(0, 60) }).first();
			await expect(block).toBeVisible();
		}
	}
	await expect(page.getByText(/paragraph \d+/).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByText(/Weiss, Clara\. “Kazakh elections/)).toBeVisible();
	await expect(
		page.getByText(/Printed from http:\/\/localhost:\d+\/\?themes=labour/)
	).toBeVisible();

	for (const control of await page.locator('button, input, select, textarea').all()) {
		await expect(control).toBeHidden();
	}
	await expect(page.locator('.canvas')).toBeHidden();
});
