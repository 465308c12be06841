import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { readFrontMatter } from '../src/lib/collection/frontmatter.ts';
import { screenshot, timelineItem, timelineReady } from './helpers.ts';
import { boxInDrawing } from './reading.ts';

interface LessonFile {
	title: string;
	introduction: string;
	events: string[];
	questions: string[];
}

interface EventFile {
	title: string;
	quotes: Array<{ text: string }>;
	claims?: Array<{ values: Array<{ quote: { text: string } }> }>;
}

const eventCount = readdirSync('events').filter((name) => name.endsWith('.md')).length;
const lessonIds = readdirSync('events/lessons')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''));

const readLesson = (id: string) =>
	parse(readFileSync(`events/lessons/${id}.yaml`, 'utf8')) as LessonFile;
const readEvent = (id: string) =>
	readFrontMatter(readFileSync(`events/${id}.md`, 'utf8')).data as EventFile;

const lessonId = 'zhanaozen-state-of-emergency';
const lesson = readLesson(lessonId);
const lessonEvents = lesson.events.map(readEvent);

const eventsRegion = (page: Page) => page.getByRole('region', { name: 'Events' });

test('the lessons index lists every lesson, at least three', async ({ page }) => {
	await page.goto('/lessons/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
	const items = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');
	expect(lessonIds.length).toBeGreaterThanOrEqual(3);
	await expect(items).toHaveCount(lessonIds.length);
	for (const id of lessonIds) {
		const { title, events } = readLesson(id);
		const item = items.filter({ has: page.getByRole('link', { name: title }) });
		await expect(item).toContainText(`${events.length} events`);
	}
	await page.getByRole('link', { name: lesson.title }).click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${lessonId}/$`));
});

test('a lesson page shows its introduction, events in order and questions', async ({ page }) => {
	await page.goto(`/lessons/${lessonId}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	await expect(page.getByText(lesson.introduction)).toBeVisible();
	await expect(eventsRegion(page).getByRole('heading', { level: 3 })).toHaveText(
		lessonEvents.map((event) => event.title)
	);
	const questions = page.getByRole('region', { name: 'Questions for discussion' });
	await expect(questions.getByRole('listitem')).toHaveText(lesson.questions);
	await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Weiss, Clara.');
	// The code itself is tried in e2e/embed-code.e2e.ts.
	await expect(page.getByLabel('Embed this lesson')).toHaveValue(
		new RegExp(`^<iframe src="http://localhost:\\d+/embed/\\?lesson=${lessonId}" `)
	);
});

test('Next and Previous step through the events', async ({ page }) => {
	await page.goto(`/lessons/${lessonId}/`);
	const stepper = page.getByRole('group', { name: 'Step through the events' });
	const next = stepper.getByRole('button', { name: 'Next' });
	const current = page.locator('li[aria-current="step"]');
	const total = lessonEvents.length;

	await expect(stepper).toContainText(`Step 1 of ${total}`);
	await next.click();
	await expect(stepper).toContainText(`Step 2 of ${total}`);
	await expect(current).toHaveCount(1);
	await expect(current.getByRole('heading', { level: 3 })).toHaveText(lessonEvents[1]!.title);
	await expect(current).toBeInViewport();
	await expect(stepper.getByRole('status')).toHaveText(
		`Step 2 of ${total}: ${lessonEvents[1]!.title}`
	);

	// By keyboard: focus stays on Next, so it can be pressed again.
	await page.keyboard.press('Enter');
	await expect(stepper).toContainText(`Step 3 of ${total}`);
	await expect(next).toBeFocused();
	await expect(current.getByRole('heading', { level: 3 })).toHaveText(lessonEvents[2]!.title);

	await stepper.getByRole('button', { name: 'Previous' }).click();
	await expect(stepper).toContainText(`Step 2 of ${total}`);
	for (let step = 2; step < total; step++) await next.click();
	await expect(stepper).toContainText(`Step ${total} of ${total}`);
	await expect(next).toHaveAttribute('aria-disabled', 'true');
});

test('the step follows scrolling, is kept in the address, and survives a reload', async ({
	page
}) => {
	await page.goto(`/lessons/${lessonId}`);
	await timelineReady(page);
	const stepper = page.getByRole('group', { name: 'Step through the events' });
	const total = lessonEvents.length;
	await expect(stepper).toContainText(`Step 1 of ${total}`);
	// The reader scrolls on, without touching the stepper, until the second step is being read;
	// the pointer rests beside the page's column, as over the timeline the wheel zooms it.
	await page.mouse.move(20, 700);
	for (let turn = 0; turn < 40 && !(await stepper.textContent())?.includes('Step 2'); turn++) {
		await page.mouse.wheel(0, 120);
		await page.waitForTimeout(150);
	}
	await expect(stepper).toContainText(`Step 2 of ${total}`);
	await expect(page).toHaveURL(/\?step=2$/);
	const second = lesson.events[1]!;
	await expect.poll(() => boxInDrawing(page, second)).toBe('inside');

	await page.reload();
	await timelineReady(page);
	await expect(stepper).toContainText(`Step 2 of ${total}`);
	const current = page.locator('li[aria-current="step"]');
	await expect(current.getByRole('heading', { level: 3 })).toHaveText(lessonEvents[1]!.title);
	await expect(current).toBeInViewport();
	await expect(timelineItem(page, second)).toHaveClass(/vis-selected/);
	await expect.poll(() => boxInDrawing(page, second)).toBe('inside');
});

for (const { name, viewport } of [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
]) {
	test(`stepping, the timeline stays in view and shows the step's event, at ${name} width`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto(`/lessons/${lessonId}`);
		await timelineReady(page);
		const next = page
			.getByRole('group', { name: 'Step through the events' })
			.getByRole('button', { name: 'Next' });
		const timeline = page.getByRole('application', { name: /^Timeline of this lesson/ });
		for (let step = 1; step < Math.min(3, lessonEvents.length); step++) {
			await next.click();
			const id = lesson.events[step]!;
			const current = page.locator('li[aria-current="step"]');
			await expect(current).toHaveId(`event-${id}`);
			await expect(timeline).toBeInViewport({ ratio: 1 });
			// The step comes to rest just under the timeline and stepper, not hidden beneath them.
			const stepper = page.getByRole('group', { name: 'Step through the events' });
			await expect
				.poll(async () => {
					const [step, above] = [await current.boundingBox(), await stepper.boundingBox()];
					const gap = step!.y - (above!.y + above!.height);
					return gap >= -2 && gap <= 60 ? 'just under' : `${Math.round(gap)} px under`;
				})
				.toBe('just under');
			await expect(current).toBeInViewport({ ratio: 0.1 });
			await expect.poll(() => boxInDrawing(page, id)).toBe('inside');
		}
		await expect(page).toHaveURL(/\?step=3$/);
		await screenshot(page, `lesson-step-3-${name}`);
	});
}

test('printed, a lesson is a handout: every quote, no controls', async ({ page }) => {
	await page.goto(`/lessons/${lessonId}/`);
	await expect(eventsRegion(page).getByRole('button', { name: 'Next' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });

	for (const event of lessonEvents) {
		const article = page.getByRole('article', { name: event.title });
		const quotes = [
			...event.quotes.map((quote) => quote.text),
			...(event.claims ?? []).flatMap((claim) => claim.values.map((value) => value.quote.text))
		];
		for (const quote of quotes) await expect(article.getByText(quote).first()).toBeVisible();
		await expect(article).toContainText(/paragraph \d+/);
	}
	await expect(page.getByRole('region', { name: 'Questions for discussion' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
	await expect(page.getByText(`Printed from http://localhost`)).toContainText(
		`/lessons/${lessonId}/`
	);

	const controls = page.locator('button, input, select, textarea, [role="button"], nav');
	expect(await controls.count()).toBeGreaterThan(0);
	for (const control of await controls.all()) await expect(control).toBeHidden();
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
});

test('an event page prints without controls and offers citations', async ({ page }) => {
	await page.goto('/events/zhanaozen-massacre/');
	const cite = page.getByRole('region', { name: 'Cite' });
	await expect(cite.getByRole('region', { name: /^The source/ })).toContainText(
		'Weiss, Clara. “Kazakh elections take place amid rising social tensions.”'
	);
	await expect(cite.getByRole('region', { name: 'This page' })).toContainText(
		/Kazakhstan 1990–2012: a timeline explorer\. Accessed .+ http:\/\/localhost:\d+\/events\/zhanaozen-massacre\/\./
	);
	await expect(cite.getByRole('button', { name: 'Copy APA citation of this page' })).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	for (const control of await page.locator('button, nav').all()) await expect(control).toBeHidden();
	await expect(cite).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('a lesson still reads in full, without the stepper', async ({ page }) => {
		await page.goto(`/lessons/${lessonId}/`);
		await expect(eventsRegion(page).getByRole('heading', { level: 3 })).toHaveCount(
			lessonEvents.length
		);
		await expect(page.getByRole('group', { name: 'Step through the events' })).toHaveCount(0);
		// Without a script the page cannot know the site's full address to write the code with.
		await expect(page.getByRole('link', { name: 'view made for embedding' })).toHaveAttribute(
			'href',
			new RegExp(`/embed/\\?lesson=${lessonId}$`)
		);
	});
});

test('an unknown lesson is a 404', async ({ page }) => {
	const response = await page.goto('/lessons/no-such-lesson/');
	expect(response?.status()).toBe(404);
});

test('/events.csv and /timelinejs.json are served, linked and parse', async ({ page, request }) => {
	const csvResponse = await request.get('/events.csv');
	expect(csvResponse.ok()).toBe(true);
	const csv = Papa.parse<Record<string, string>>(await csvResponse.text(), {
		header: true,
		skipEmptyLines: true
	});
	expect(csv.errors).toEqual([]);
	expect(csv.data).toHaveLength(eventCount);
	expect(csv.data.map((row) => row.id)).toContain('zhanaozen-massacre');

	const timelineResponse = await request.get('/timelinejs.json');
	expect(timelineResponse.ok()).toBe(true);
	const timeline = (await timelineResponse.json()) as { events: Array<{ unique_id: string }> };
	expect(timeline.events).toHaveLength(eventCount);
	expect(new Set(timeline.events.map((slide) => slide.unique_id)).size).toBe(eventCount);

	await page.goto('/lessons/');
	const data = page.getByRole('region', { name: 'Data' });
	for (const [name, path] of [
		['Events as CSV', 'events.csv'],
		['Events as JSON', 'events.json'],
		['Events for TimelineJS', 'timelinejs.json']
	] as const) {
		await expect(data.getByRole('link', { name })).toHaveAttribute('href', new RegExp(`${path}$`));
	}
});
