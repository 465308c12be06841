import { expect, test } from '@playwright/test';

// Addresses people paste, tools mangle and attackers write. The page must never crash: it
// drops what it cannot use, says so briefly, and shows the rest.
const CASES: Array<{ name: string; query: string; notice: boolean }> = [
	{ name: 'a date that is not a day', query: 'from=2011-02-31&to=2012-01-01', notice: true },
	{ name: 'a reversed window', query: 'from=2012-01-31&to=2011-12-01', notice: true },
	{ name: 'a year out of range, half a window', query: 'from=99999-01-01&to=', notice: true },
	{
		name: 'unknown ids everywhere',
		query: 'event=nope&themes=weather,sport&lesson=nope&view=sideways&lanes=diagonal',
		notice: true
	},
	{
		name: 'every parameter empty',
		query: 'themes=&q=&event=&from=&to=&lesson=&view=&lanes=',
		notice: true
	},
	{
		name: 'repeated parameters',
		query: 'themes=labour&themes=elections&event=zhanaozen-massacre&event=nope&q=oil&q=gas',
		notice: false
	},
	{
		name: 'very long values',
		query: `q=${'a'.repeat(3000)}&event=${'x'.repeat(2000)}&themes=${'labour,'.repeat(300)}`,
		notice: true
	},
	{
		name: 'RTL and override marks, emoji, a byte-order mark and NUL',
		query: 'q=%E2%80%8F%E2%80%AEoil%F0%9F%98%80%EF%BB%BF&event=%00&themes=labour%00',
		notice: true
	},
	{
		name: 'a lone surrogate and broken escapes',
		query: 'q=%ED%A0%80&event=%ED%B0%80zhanaozen&from=%&to=%E0%A4%A&themes=%ZZ',
		notice: true
	},
	{ name: 'no names, no values', query: '&&&==&=x&%3D=%3D', notice: false }
];

for (const path of ['/', '/embed']) {
	test(`${path} survives every bad address, keeping what it can`, async ({ page }) => {
		test.setTimeout(90_000);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`${page.url().slice(0, 80)}: ${error.message}`));
		for (const { name, query, notice } of CASES) {
			await page.goto(`${path}?${query}`);
			await expect(page.getByText(/^Showing \d+ of \d+ events/), name).toBeVisible();
			await expect(page.locator('.canvas.ready'), name).toBeVisible();
			const notices = page.locator('.notice[role="status"]');
			if (notice) await expect(notices.first(), name).toBeVisible();
			else await expect(notices, name).toHaveCount(0);
			for (const text of await notices.allTextContents())
				expect(text.length, name).toBeLessThan(160);
		}
		expect(errors).toEqual([]);
	});
}
