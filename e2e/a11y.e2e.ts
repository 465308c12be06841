import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readFrontMatter } from '../src/lib/collection/frontmatter.ts';
import { axeViolations, violationsInBothSchemes } from './axe.ts';
import { timelineReady } from './helpers.ts';
import { BUILT_LESSON_CODE } from './built-lesson.ts';
import { ROUTES, type SiteRoute } from './routes.ts';
import { EVENT_COUNT } from './content.ts';

// WCAG 2.2 A and AA, as axe-core can check them, on every kind of page, in both colour
// schemes, at desktop and phone widths. The scheme is switched in place (the colours are
// light-dark() values), so each page loads once per width and scheme pair.

const WIDTHS = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
] as const;

async function open(page: Page, route: SiteRoute) {
	const response = await page.goto(route.path);
	expect(response?.status(), route.path).toBe(route.status ?? 200);
	if (route.timeline) await timelineReady(page);
}

// One test per page and width, so that the sweep spreads over the workers.
for (const { name, viewport } of WIDTHS) {
	test.describe(`at ${name} width`, () => {
		test.use({ viewport });

		for (const route of ROUTES)
			test(`axe finds no WCAG 2.2 A or AA violations on ${route.name}, light or dark`, async ({
				page
			}) => {
				await open(page, route);
				expect(await violationsInBothSchemes(page)).toEqual([]);
			});
	});
}

test.describe('before its scripts run, as a reader without JavaScript sees it', () => {
	for (const route of ROUTES)
		test(`axe finds nothing on ${route.name}`, async ({ page }) => {
			// axe needs JavaScript in the page; the site's own scripts are held back instead.
			let heldBack = 0;
			await page.route('**/_app/immutable/**/*.js', (route) => {
				heldBack++;
				return route.abort();
			});
			const response = await page.goto(route.path);
			expect(response?.status(), route.path).toBe(route.status ?? 200);
			expect(await axeViolations(page)).toEqual([]);
			// Nothing ran: the explorer's timeline never became the keyboard widget.
			await expect(page.getByRole('application')).toHaveCount(0);
			expect(heldBack).toBeGreaterThan(0);
		});
});

test('axe finds nothing in the share dialog or the phone’s event sheet either', async ({
	page
}) => {
	// Four axe passes over the whole page; on a busy 2-core machine that can outlast 30 s.
	test.setTimeout(90_000);
	await page.goto('/?event=zhanaozen-massacre');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Share or embed' }).click();
	await expect(page.frameLocator('iframe.preview').locator('.canvas.ready')).toBeVisible();
	expect(await violationsInBothSchemes(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(page.getByRole('dialog', { name: 'Selected event' })).toBeVisible();
	expect(await violationsInBothSchemes(page)).toEqual([]);
});

test('axe finds nothing in a shared lesson’s share dialog, light or dark', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(`/lessons/shared/#${BUILT_LESSON_CODE}`);
	await timelineReady(page);
	await page.getByRole('button', { name: 'Share or embed' }).click();
	await expect(page.getByRole('dialog', { name: 'Share or embed this lesson' })).toBeVisible();
	await expect(page.frameLocator('iframe.preview').locator('.canvas.ready')).toBeVisible();
	expect(await violationsInBothSchemes(page)).toEqual([]);
});

test('axe finds nothing in the download dialog, nor by a Download button with nothing to give', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/lessons/zhanaozen-state-of-emergency');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Download the events shown' }).click();
	await expect(page.getByRole('dialog', { name: 'Download the events shown' })).toBeVisible();
	expect(await violationsInBothSchemes(page)).toEqual([]);
	await page.goto('/?q=no-event-says-this');
	await expect(page.getByText('Nothing to download: no events are shown.')).toBeVisible();
	expect(await violationsInBothSchemes(page)).toEqual([]);
});

interface Outline {
	headings: Array<{ level: number; text: string }>;
	firstFocusable: string | null;
}

/** The headings a screen reader would list, and the first thing Tab reaches. Runs in the page. */
function readOutline(): Outline {
	const shown = (element: Element) =>
		element.checkVisibility({ visibilityProperty: true }) &&
		!element.closest('[aria-hidden="true"]');
	const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
		.filter(shown)
		.map((heading) => ({
			level: Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
			text: (heading.textContent ?? '').trim().slice(0, 50)
		}));
	const focusable = [
		...document.querySelectorAll<HTMLElement>(
			'a[href], button, input, select, textarea, [tabindex]'
		)
	].find((element) => element.tabIndex >= 0 && shown(element) && !element.matches(':disabled'));
	return { headings, firstFocusable: focusable?.textContent?.trim() ?? null };
}

test.describe('structure', () => {
	for (const route of ROUTES) {
		test(`${route.name}: landmarks, one h1, headings in order, a way to skip`, async ({ page }) => {
			await open(page, route);
			const { headings, firstFocusable } = await page.evaluate(readOutline);
			expect(headings.filter((heading) => heading.level === 1)).toHaveLength(1);
			expect(headings[0]?.level).toBe(1);
			headings.forEach((heading, index) => {
				const previous = headings[index - 1];
				if (previous)
					expect(
						heading.level,
						`“${heading.text}” (h${heading.level}) after “${previous.text}” (h${previous.level})`
					).toBeLessThanOrEqual(previous.level + 1);
			});

			await expect(page.getByRole('main')).toHaveCount(1);
			if (route.timeline) {
				// The timeline is a widget of its own: it says what it is and how to work it.
				const timeline = page.getByRole('application', { name: /^Timeline.*: \d+ events$/ });
				await expect(timeline).toHaveAccessibleDescription(/^Keys: plus and minus zoom/);
			}
			if (route.embed) {
				// Inside someone else's page, with no site header or menu to get past: the first
				// stop is the link out, then the explorer itself, so there is nothing to skip.
				await expect(page.getByRole('banner')).toHaveCount(0);
				await expect(page.getByRole('navigation')).toHaveCount(0);
				return;
			}
			await expect(page.getByRole('banner')).toHaveCount(1);
			await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(1);
			await expect(page.getByRole('contentinfo')).toHaveCount(1);
			expect(firstFocusable).toBe('Skip to content');
			// The skip link moves focus, not just the view: the next Tab is inside the content.
			const skip = page.getByRole('link', { name: 'Skip to content' });
			// An address with a #fragment starts Tab from its target, as it should; go to the top.
			if (route.path.includes('#')) await skip.focus();
			else await page.keyboard.press('Tab');
			await expect(skip).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.getByRole('main')).toBeFocused();
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
		});
	}
});

/** Each narrative entry's heading and the start of its date, as written in <time datetime>. */
function readNarrative(): Array<{ headings: string[]; datetime: string }> {
	return [...document.querySelectorAll<HTMLElement>('.narrative [data-event-id]')].map((entry) => ({
		headings: [...entry.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
			(heading) => heading.textContent?.trim() ?? ''
		),
		datetime: entry.querySelector('time')?.getAttribute('datetime') ?? ''
	}));
}

test.describe('the narrative, a screen reader’s way through the events', () => {
	for (const path of ['/', '/?themes=labour,repression', '/embed/?q=election']) {
		test(`${path}: one heading per event shown, in date order`, async ({ page }) => {
			await page.goto(path);
			await timelineReady(page);
			const shown = Number(
				/^Showing (\d+) of/.exec((await page.getByText(/^Showing \d+ of/).textContent()) ?? '')?.[1]
			);
			expect(shown).toBeGreaterThan(1);
			const entries = await page.evaluate(readNarrative);
			expect(entries).toHaveLength(shown);
			const titles = entries.map(({ headings, datetime }) => {
				expect(datetime).toMatch(/^\d{4}(-\d{2}){0,2}$/);
				expect(headings).toHaveLength(1);
				return headings[0];
			});
			expect(new Set(titles).size).toBe(shown);
			// Dates are as precise as the source: compare each pair at the coarser of the two.
			entries.slice(1).forEach(({ datetime }, index) => {
				const previous = entries[index]!.datetime;
				const length = Math.min(previous.length, datetime.length);
				expect(
					datetime.slice(0, length) >= previous.slice(0, length),
					`${titles[index + 1]} (${datetime}) after ${titles[index]} (${previous})`
				).toBe(true);
			});
			await expect(page.getByRole('heading', { level: 3 })).toHaveCount(shown);
		});
	}

	test('picking an entry by pointer is announced, as stepping to it by key is', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		const live = page.locator('.explorer > [aria-live="polite"]');
		await expect(live).toHaveText('');
		const narrative = page.getByRole('region', { name: 'The story, event by event' });
		await narrative
			.getByRole('link', { name: 'Security forces kill striking oil workers in Zhanaozen' })
			.click();
		await expect(live).toHaveText(
			new RegExp(
				`^Security forces kill striking oil workers in Zhanaozen, 16 December 2011\\. Event \\d+ of ${EVENT_COUNT}\\.$`
			)
		);
		await narrative.getByRole('link', { name: 'Nursultan Nazarbayev comes to power' }).click();
		await expect(live).toHaveText(
			`Nursultan Nazarbayev comes to power, 1990. Event 1 of ${EVENT_COUNT}.`
		);
	});
});

test('colour is never the only cue: each theme’s shape is the same in the legend, the timeline and the story', async ({
	page
}) => {
	const themes = parse(readFileSync('events/themes.yaml', 'utf8')) as Array<{
		id: string;
		label: string;
	}>;
	const primaryTheme = (id: string) => {
		const { data } = readFrontMatter(readFileSync(`events/${id}.md`, 'utf8'));
		const themeId = (data as { themes: string[] }).themes[0];
		return themes.find((theme) => theme.id === themeId)!.label;
	};
	await page.goto('/');
	await timelineReady(page);

	const legend = await page
		.getByRole('region', { name: 'How to read the timeline' })
		.locator('li:has(svg)')
		.evaluateAll((entries) =>
			entries.map((entry) => ({
				label: entry.querySelector('strong')?.textContent ?? '',
				shape: entry.querySelector('svg path')?.getAttribute('d') ?? ''
			}))
		);
	expect(legend.map(({ label }) => label)).toEqual(themes.map(({ label }) => label));
	expect(new Set(legend.map(({ shape }) => shape)).size).toBe(themes.length);
	const shapeOf = new Map(legend.map(({ label, shape }) => [label, shape]));

	const drawn = await page
		.locator('.canvas .vis-item[data-id] .kz-item-content')
		.evaluateAll((contents) =>
			contents.map((content) => ({
				id: content.closest<HTMLElement>('.vis-item')!.dataset.id!,
				shape: content.querySelector('svg.kz-item-shape path')?.getAttribute('d') ?? ''
			}))
		);
	// The explorer opens on every event, each drawn alone.
	expect(new Set(drawn.map(({ id }) => id)).size).toBe(EVENT_COUNT);
	for (const { id, shape } of drawn) expect(shape, id).toBe(shapeOf.get(primaryTheme(id)));

	const tags = await page
		.getByRole('region', { name: 'The story, event by event' })
		.getByRole('list', { name: 'Themes' })
		.getByRole('listitem')
		.evaluateAll((items) =>
			items.map((item) => ({
				label: item.textContent?.trim() ?? '',
				shape: item.querySelector('svg path')?.getAttribute('d') ?? ''
			}))
		);
	expect(tags.length).toBeGreaterThanOrEqual(EVENT_COUNT);
	for (const { label, shape } of tags) expect(shape, label).toBe(shapeOf.get(label));
});
