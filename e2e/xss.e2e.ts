import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { watchForScripts } from './guards.ts';
import { shownWindow, timelineItem, timelineReady } from './helpers.ts';
import { XSS_PORT } from './ports.ts';
import { inTimelineJs, showSlide } from './timelinejs-host.ts';

// The site built from e2e/fixtures/xss-events, where every string an author writes is an
// attack. Each must be shown as the text it is, everywhere, and none may run.
const XSS = `http://localhost:${XSS_PORT}`;

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>window.__xss=1</script>';
const TITLE = `${IMG}${SCRIPT}`;
const FORMULA_TITLE = '=HYPERLINK("https://example.org","click")';
const SOURCE_TITLE = `${IMG} and ${SCRIPT}`;
const SOURCE_URL = `https://example.org/?q=${SCRIPT}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('event text stays text', () => {
	test('in the explorer: narrative, timeline, lanes, details, share dialog and handout', async ({
		page
	}) => {
		const guard = await watchForScripts(page);
		await page.goto(`${XSS}/`);
		await timelineReady(page);

		const entry = page.locator('#event-xss-payloads');
		await expect(entry.getByRole('heading', { level: 3 })).toHaveText(TITLE);
		await expect(entry).toContainText(`A description with ${IMG} and ${SCRIPT}`);
		await expect(entry.locator('blockquote').first()).toContainText(
			`The title ${IMG} is quoted here`
		);
		await expect(page.getByRole('button', { name: `Only ${IMG} theme` })).toBeVisible();

		const item = timelineItem(page, 'xss-payloads');
		await expect(item).toContainText(TITLE);
		await expect(item.locator('.kz-item-content')).toHaveAttribute(
			'title',
			new RegExp(`^${escapeRegExp(TITLE)}\\n16 December 2011\\n${escapeRegExp(IMG)} theme, Plain$`)
		);

		await page.getByLabel('One timeline lane per theme').check();
		await expect(page.locator('.vis-labelset .vis-label').first()).toHaveText(`${IMG} theme`);

		await timelineItem(page, 'xss-payloads').click();
		const details = page.getByRole('region', { name: 'Selected event' });
		await expect(details.getByRole('heading').first()).toHaveText(TITLE);
		await expect(details).toContainText(
			`${'<script>window.__xss=1</script>'}, javascript:alert(1)`
		);
		await expect(details).toContainText("<svg onload=window.__xss=1>, {@html '<b>bold</b>'}");
		await expect(details).toContainText(`${IMG} people`);
		await expect(details).toContainText(`${SCRIPT} toll`);
		await guard.check();

		await page.getByRole('button', { name: 'Share or embed' }).click();
		const preview = page.frameLocator('iframe.preview');
		await expect(preview.locator('#event-xss-payloads h3')).toHaveText(TITLE);
		await expect(preview.locator('.canvas.ready .vis-item').first()).toBeVisible();
		await guard.check();
		await page.keyboard.press('Escape');

		await page.emulateMedia({ media: 'print' });
		const handout = page.locator('.handout-footer');
		await expect(handout).toBeVisible();
		await expect(handout).toContainText(SOURCE_TITLE);
		await guard.check();
	});

	test('on the events index, event page, source reader, figures, lesson and embed', async ({
		page
	}) => {
		const guard = await watchForScripts(page);
		const h1 = page.getByRole('heading', { level: 1 });

		await page.goto(`${XSS}/events/`);
		const listed = page.getByRole('main').getByRole('region').getByRole('link');
		await expect(listed).toHaveText([FORMULA_TITLE, TITLE]);
		await guard.check();

		await page.goto(`${XSS}/events/xss-payloads/`);
		await expect(h1).toHaveText(TITLE);
		await expect(page).toHaveTitle(`${TITLE} · ${IMG} collection`);
		const chart = page.getByRole('figure', { name: new RegExp(escapeRegExp(`${IMG} chart`)) });
		await expect(chart).toContainText(`${SCRIPT} note`);
		await expect(page.getByRole('region', { name: 'Cite' })).toContainText(SOURCE_TITLE);
		await page.getByRole('link', { name: FORMULA_TITLE }).click();
		await expect(h1).toHaveText(FORMULA_TITLE);
		await guard.check();

		await page.goto(`${XSS}/sources/xss-source/?p=2&start=0&end=40#p2`);
		await expect(h1).toHaveText(SOURCE_TITLE);
		await expect(page.locator('#p2 mark')).toHaveText("A link javascript:alert(1) and {@html '<");
		await expect(page.locator('#p4')).toContainText('</title><script>window.__xss=1</script>');
		const original = page.getByRole('link', { name: 'Original article' });
		await expect(original).toHaveAttribute('href', SOURCE_URL);
		await expect(original).toHaveAttribute('rel', /noopener noreferrer/);
		await guard.check();

		await page.goto(`${XSS}/figures/`);
		await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
		await guard.check();

		await page.goto(`${XSS}/lessons/`);
		await page.getByRole('link', { name: `${IMG} lesson` }).click();
		await expect(h1).toHaveText(`${IMG} lesson`);
		await timelineReady(page);
		const questions = page.getByRole('region', { name: 'Questions for discussion' });
		await expect(questions.getByRole('listitem')).toHaveText([
			"{@html '<img src=x onerror=alert(1)>'} asks a question?",
			'</textarea><script>window.__xss=1</script> asks another?'
		]);
		await page.getByRole('group', { name: 'Step through the events' }).getByText('Next').click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
		await guard.check();
		await page.emulateMedia({ media: 'screen' });

		await page.goto(`${XSS}/embed/?lesson=xss-lesson&event=xss-payloads`);
		await timelineReady(page);
		await expect(page.getByText(`Lesson: ${IMG} lesson`)).toBeVisible();
		await expect(page.getByRole('region', { name: 'Selected event' })).toContainText(TITLE);
		await guard.check();
	});
});

test('the exports keep the payloads as data, escaped where a tool would read HTML', async ({
	request
}) => {
	const csv = Papa.parse<Record<string, string>>(
		await (await request.get(`${XSS}/events.csv`)).text(),
		{
			header: true,
			skipEmptyLines: true
		}
	);
	const rows = Object.fromEntries(csv.data.map((row) => [row.id, row]));
	expect(rows['xss-payloads']!.title).toBe(TITLE);
	// A spreadsheet would run this; the leading apostrophe keeps it a string.
	expect(rows['formula-event']!.title).toBe(`'${FORMULA_TITLE}`);

	const parseRows = async (path: string) =>
		Papa.parse<Record<string, string>>(await (await request.get(`${XSS}${path}`)).text(), {
			header: true,
			skipEmptyLines: true
		}).data;
	const [figure] = await parseRows('/figures.csv');
	expect(figure).toMatchObject({
		event_title: TITLE,
		label: `${IMG} people`,
		unit: '<b>people</b>',
		quote: `Counted: ${IMG} people were 17`
	});
	const claims = await parseRows('/claims.csv');
	expect(claims.map(({ value, by }) => [value, by])).toEqual([
		[IMG, 'javascript:alert(1)'],
		[SCRIPT, '<svg onload=window.__xss=1>']
	]);

	const timeline = (await (await request.get(`${XSS}/timelinejs.json`)).json()) as {
		events: Array<{ unique_id: string; group: string; text: { headline: string; text: string } }>;
	};
	const slide = timeline.events.find((candidate) => candidate.unique_id === 'xss-payloads')!;
	// The only tags are the export's own, around the description and each quote.
	const text = slide.text.text.replace(/<\/?(?:p|blockquote|cite)>/g, '');
	for (const html of [slide.text.headline, text, slide.group]) expect(html).not.toMatch(/[<>"]/);
	expect(slide.text.headline).toBe(
		'&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;'
	);

	const json = await request.get(`${XSS}/events.json`);
	expect(json.headers()['content-type']).toMatch(/^application\/json/);
});

test('the TimelineJS export shows the payloads as text in TimelineJS 3, and runs none', async ({
	page,
	request
}) => {
	const guard = await watchForScripts(page);
	const data = await (await request.get(`${XSS}/timelinejs.json`)).json();
	await inTimelineJs(page, data, async () => {
		const slide = await showSlide(page, 'xss-payloads');
		await expect(slide.getByRole('heading', { level: 2 })).toHaveText(TITLE);
		await expect(slide).toContainText(`A description with ${IMG} and ${SCRIPT}`);
		const quotes = slide.locator('blockquote');
		await expect(quotes.first().locator('p')).toHaveText(
			`The title ${IMG} is quoted here, and ${SCRIPT} too.`
		);
		await expect(quotes.first().locator('cite')).toContainText(SOURCE_TITLE);
		await guard.check();
		// TimelineJS strips a group label to text and writes it back as HTML.
		await expect(page.locator('.tl-timegroup-message').getByText(`${IMG} theme`)).toBeAttached();
	});
});

async function expectNotice(page: Page, text: string) {
	await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

test.describe('URL text stays text', () => {
	const query = new URLSearchParams({
		q: IMG,
		themes: `${SCRIPT},labour`,
		event: '"><svg onload=alert(1)>',
		from: 'javascript:alert(1)',
		to: '2012-01-01',
		lesson: "{@html '<img src=x onerror=alert(1)>'}",
		view: '<img src=x>'
	}).toString();

	for (const path of ['/', '/embed/']) {
		test(`on ${path}: nothing runs, and the notices quote the address literally`, async ({
			page
		}) => {
			const guard = await watchForScripts(page);
			await page.goto(`${path}?${query}`);
			// The search matches nothing, so the timeline is drawn empty.
			await expect(page.locator('.canvas.ready')).toBeVisible();
			// Said as text twice: on the empty timeline and in the story.
			const empty = page.getByText(`No events match “${IMG}” in the chosen themes.`);
			await expect(empty).toHaveCount(2);
			for (const message of await empty.all()) await expect(message).toBeVisible();
			await expectNotice(page, `Unknown theme “${SCRIPT}” ignored.`);
			await expectNotice(
				page,
				'There is no event “"><svg onload=alert(1)>”, so nothing is selected.'
			);
			await expectNotice(page, 'not a pair of real dates');
			await expectNotice(page, `There is no lesson “{@html '<img src=x onerror=alert(1)>'}”`);
			if (path === '/embed/') await expectNotice(page, 'Unknown view “<img src=x>”');
			await expect(page.getByText(/^Showing 0 of \d+ events/)).toBeVisible();
			if (path === '/') {
				await expect(page.getByLabel('Search events')).toHaveValue(IMG);
				await page.getByRole('button', { name: 'Share or embed' }).click();
				const code = await page.getByLabel('Code to paste').inputValue();
				expect(code).not.toContain('<img');
				await expect(page.frameLocator('iframe.preview').getByText(/^Showing/)).toBeVisible();
			}
			await guard.check();
		});
	}
});

test.describe('a real start and an attack for the end of the window', () => {
	const query = new URLSearchParams({
		event: 'xss-payloads',
		from: '2011-01-01',
		to: `2012-01-01${IMG}`
	}).toString();

	for (const path of ['/', '/embed/']) {
		test(`on ${path}: the window is dropped, the selection kept, nothing runs`, async ({
			page
		}) => {
			const guard = await watchForScripts(page);
			await page.goto(`${XSS}${path}?${query}`);
			await timelineReady(page);
			await expectNotice(page, 'not a pair of real dates');
			await expect(page.getByRole('region', { name: 'Selected event' })).toContainText(TITLE);
			// The timeline shows a window of its own, in days, and leaves the address as it was
			// given; the first window the reader chooses replaces it: days, no markup.
			await expect.poll(() => shownWindow(page)).not.toBeNull();
			expect(Object.values((await shownWindow(page))!)).toEqual([
				expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
			]);
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await expect
				.poll(() => new URL(page.url()).searchParams.get('to'))
				.toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			await guard.check();
		});
	}
});
