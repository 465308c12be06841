import { expect, test, type Page } from '@playwright/test';
import { CHART_COUNT } from './content.ts';

const electionTitle = /^Parliamentary election, 15 January 2012: the official result$/;

function electionChart(page: Page) {
	return page.getByRole('figure', { name: electionTitle });
}

test('/figures draws the 2012 result: three parties, turnout and the threshold', async ({
	page
}) => {
	await page.goto('/figures/');
	await expect(page.getByRole('heading', { level: 1, name: 'Figures' })).toBeVisible();
	const drawing = electionChart(page).getByRole('img', { name: electionTitle });
	await expect(drawing).toBeVisible();
	for (const text of ['Nur Otan', 'Ak Zhol', 'Communist Party', 'Turnout (official)']) {
		await expect(drawing.getByText(text, { exact: true })).toBeVisible();
	}
	for (const value of ['81%', '7.8%', '7.2%', '76%']) {
		await expect(drawing.getByText(value, { exact: true })).toBeVisible();
	}
	await expect(drawing.getByText('Threshold to enter parliament: 7%')).toBeVisible();
	await expect(drawing).toHaveAccessibleDescription(
		/Nur Otan: 81%; Ak Zhol: 7.8%; Communist Party: 7.2%; Threshold to enter parliament \(line\): 7%; Turnout \(official\): 76%/
	);
});

test('the table alternative holds the same numbers', async ({ page }) => {
	await page.goto('/figures/');
	const table = electionChart(page).getByRole('table', { name: /the numbers$/ });
	await expect(table.getByRole('rowheader')).toHaveText([
		'Nur Otan',
		'Ak Zhol',
		'Communist Party',
		'Threshold to enter parliament (line)',
		'Turnout (official)'
	]);
	await expect(table.getByRole('cell')).toHaveText(['81%', '7.8%', '7.2%', '7%', '76%']);
});

test('the chart cites its sentences and opens the source at their paragraph', async ({ page }) => {
	await page.goto('/figures/');
	const chart = electionChart(page);
	await expect(chart.locator('blockquote').first()).toContainText(
		'which won 81 percent of the votes'
	);
	const sourceLink = chart
		.getByRole('link', { name: 'Show in source, paragraph 2', exact: true })
		.first();
	await expect(sourceLink).toHaveAttribute(
		'href',
		/sources\/kazakh-elections-2012\/\?p=2&start=\d+&end=\d+#p2$/
	);
	await sourceLink.click();
	await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012\/\?p=2/);
	await expect(page.locator('#p2 mark')).toContainText('81 percent of the votes');
});

test('each chart links to its event, in date order', async ({ page }) => {
	await page.goto('/figures/');
	const eventLinks = page.getByRole('heading', { level: 2 }).getByRole('link');
	await expect(eventLinks.first()).toHaveText('Public spending on education shrinks');
	await expect(eventLinks.last()).toHaveText(
		'Nur Otan wins parliamentary election, two more parties enter'
	);
	await eventLinks.last().click();
	await expect(page).toHaveURL(/\/events\/parliamentary-election-2012\/$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Charts' })).toBeVisible();
	await expect(electionChart(page)).toBeVisible();
});

test('a claimed number is drawn as a claim, with its reading explained', async ({ page }) => {
	await page.goto('/events/zhanaozen-massacre/');
	const chart = page.getByRole('figure', { name: /People killed at Zhanaozen/ });
	await expect(chart.getByRole('img')).toHaveAccessibleDescription(
		/official figure: 17; human rights organisations: “dozens”, drawn as 24 or more/
	);
	const legend = chart.getByRole('list', { name: 'How to read this chart' });
	await expect(legend).toContainText('Hatched: a range or an estimate');
	await expect(legend).toContainText('“Dozens” is drawn from 24 (two dozen) upwards.');
});

test('the site navigation leads to the figures', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Figures' })
		.click();
	await expect(page).toHaveURL(/\/figures\/$/);
	await expect(
		page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Figures' })
	).toHaveAttribute('aria-current', 'page');
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('every chart is in the page', async ({ page }) => {
		await page.goto('/figures/');
		await expect(page.locator('figure svg[role="img"]')).toHaveCount(CHART_COUNT);
		await expect(
			electionChart(page).getByRole('img').getByText('81%', { exact: true })
		).toBeVisible();
	});
});
