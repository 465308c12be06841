import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './guards.ts';
import { shownWindow } from './helpers.ts';
import { EVENT_COUNT, THEME_COUNT } from './content.ts';

/** What the page keeps from an address: the part it could use, and nothing else. */
interface Kept {
	/** N in the count line “Showing N of EVENT_COUNT events”. */
	shown: number;
	/** Labels of the theme toggles that are on; 'all' when every theme is shown. */
	themes: 'all' | string[];
	/** Title of the selected event, or null. */
	selected: string | null;
	/** What the search box holds. */
	query: string;
	/** The window the timeline opens on: given days, or 'whole' for every event. */
	window?: { from: string; to: string } | 'whole';
}

const ALL: Kept = { shown: EVENT_COUNT, themes: 'all', selected: null, query: '', window: 'whole' };
const ZHANAOZEN = 'Security forces kill striking oil workers in Zhanaozen';

// Addresses people paste, tools mangle and attackers write. The page must never crash: it
// drops what it cannot use, says so briefly, and shows the rest.
const CASES: Array<{ name: string; query: string; notice: boolean; kept: Kept }> = [
	{
		name: 'a date that is not a day',
		query: 'from=2011-02-31&to=2012-01-01',
		notice: true,
		kept: ALL
	},
	{
		name: 'a reversed window',
		query: 'from=2012-01-31&to=2011-12-01',
		notice: true,
		kept: { ...ALL, window: { from: '2011-12-01', to: '2012-01-31' } }
	},
	{
		name: 'a year out of range, half a window',
		query: 'from=99999-01-01&to=',
		notice: true,
		kept: ALL
	},
	{
		name: 'unknown ids everywhere',
		query: 'event=nope&themes=weather,sport&lesson=nope&view=sideways&lanes=diagonal',
		notice: true,
		kept: ALL
	},
	{
		name: 'an unknown theme beside a known one',
		query: 'themes=weather,labour',
		notice: true,
		kept: { shown: 3, themes: ['Labour and strikes'], selected: null, query: '' }
	},
	{
		name: 'an unknown event beside known themes',
		query: 'themes=labour,repression&event=nope',
		notice: true,
		kept: { shown: 4, themes: ['Labour and strikes', 'Repression'], selected: null, query: '' }
	},
	{
		// An empty list of themes is how the address says every theme was switched off.
		name: 'every parameter empty',
		query: 'themes=&q=&event=&from=&to=&lesson=&view=&lanes=',
		notice: true,
		kept: { shown: 0, themes: [], selected: null, query: '' }
	},
	{
		name: 'repeated parameters, the first of each kept',
		query: 'themes=labour&themes=elections&event=zhanaozen-massacre&event=nope&q=oil&q=gas',
		notice: false,
		kept: { shown: 2, themes: ['Labour and strikes'], selected: ZHANAOZEN, query: 'oil' }
	},
	{
		name: 'very long values',
		query: `q=${'a'.repeat(3000)}&event=${'x'.repeat(2000)}&themes=${'labour,'.repeat(300)}`,
		notice: true,
		kept: { shown: 0, themes: ['Labour and strikes'], selected: null, query: 'a'.repeat(200) }
	},
	{
		name: 'RTL and override marks, emoji, a byte-order mark and NUL',
		query: 'q=%E2%80%8F%E2%80%AEoil%F0%9F%98%80%EF%BB%BF&event=%00&themes=labour%00',
		notice: true,
		kept: { shown: 0, themes: 'all', selected: null, query: '\u200f\u202eoil😀' }
	},
	{
		name: 'a lone surrogate and broken escapes',
		query: 'q=%ED%A0%80&event=%ED%B0%80zhanaozen&from=%&to=%E0%A4%A&themes=%ZZ',
		notice: true,
		kept: { shown: 0, themes: 'all', selected: null, query: '\ufffd\ufffd\ufffd' }
	},
	{ name: 'no names, no values', query: '&&&==&=x&%3D=%3D', notice: false, kept: ALL }
];

async function expectKept(page: Page, kept: Kept, name: string) {
	await expect(page.getByText(/^Showing \d+ of \d+ events/), name).toHaveText(
		new RegExp(`^Showing ${kept.shown} of ${EVENT_COUNT} events`)
	);
	// The filters fold behind a button in the embed, so hidden toggles count too.
	const toggles = page
		.getByRole('group', { name: 'Themes', includeHidden: true })
		.getByRole('button', { pressed: true, includeHidden: true });
	if (kept.themes === 'all') {
		await expect(toggles.first(), name).toHaveText('All themes');
		// “All themes” and one toggle a theme.
		await expect(toggles, name).toHaveCount(THEME_COUNT + 1);
	} else {
		await expect(toggles, name).toHaveText(
			kept.themes.map((label) => new RegExp(`^\\s*${label} \\d`))
		);
	}
	const details = page.getByRole('region', { name: 'Selected event' });
	if (kept.selected)
		await expect(details.getByRole('heading').first(), name).toHaveText(kept.selected);
	else await expect(details, name).toHaveCount(0);
	await expect(page.getByLabel('Search events', { exact: true }), name).toHaveValue(kept.query);
	// The window shown: the address keeps what it was given, since the page writes only the
	// windows a reader chooses.
	if (kept.window === 'whole') {
		// The first event is in 1990 and the last in 2015; the fitted window holds them all.
		const day = async (which: 'from' | 'to') =>
			Date.parse((await shownWindow(page))?.[which] ?? '');
		await expect.poll(() => day('from'), name).toBeLessThan(Date.parse('1990-01-01'));
		await expect.poll(() => day('to'), name).toBeGreaterThan(Date.parse('2015-12-31'));
	} else if (kept.window) {
		await expect.poll(() => shownWindow(page), name).toEqual(kept.window);
	}
}

// One test a case and page, so that one failure does not hide the rest.
for (const path of ['/', '/embed/']) {
	test.describe(`${path} survives a bad address, keeping what it can`, () => {
		for (const { name, query, notice, kept } of CASES) {
			test(name, async ({ page }) => {
				const problems = watchConsole(page);
				await page.goto(`${path}?${query}`);
				await expect(page.locator('.canvas.ready'), name).toBeVisible();
				await expectKept(page, kept, name);
				const notices = page.locator('.notice[role="status"]');
				if (notice) await expect(notices.first(), name).toBeVisible();
				else await expect(notices, name).toHaveCount(0);
				for (const text of await notices.allTextContents())
					expect(text.length, name).toBeLessThan(160);
				// What was dropped is gone from the address too: reloaded, it shows the same and
				// has nothing left to complain of.
				await page.reload();
				await expect(page.locator('.canvas.ready'), name).toBeVisible();
				await expectKept(page, kept, name);
				await expect(notices, name).toHaveCount(0);
				expect(problems).toEqual([]);
			});
		}
	});
}
