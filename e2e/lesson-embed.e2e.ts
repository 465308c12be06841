import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeLessonLink } from '../src/lib/lesson-builder/lesson-link.ts';
import { BUILT_LESSON, BUILT_LESSON_CODE } from './built-lesson.ts';
import { content } from './content.ts';
import { embedOnHost } from './helpers.ts';
import { HOST_PORT, SITE } from './ports.ts';

// A lesson made in the lesson builder, embedded as a preset is: the share dialog on its page
// (/lessons/shared/#…) gives the code, which frames its own embed (/embed/lesson/#…).

const HOST = `http://127.0.0.1:${HOST_PORT}`;
const eventsById = new Map(content.events.map((event) => [event.id, event]));
const stepIds = BUILT_LESSON.steps.map((step) => step.event);

async function openShareDialog(page: Page): Promise<Locator> {
	await page.goto(`/lessons/shared/#${BUILT_LESSON_CODE}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILT_LESSON.title);
	await page.getByRole('button', { name: 'Share or embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share or embed this lesson' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** The iframe's attributes in a piece of pasted code, as a browser parses it. */
function iframeAttributes(page: Page, code: string): Promise<Record<string, string>> {
	return page.evaluate((html) => {
		const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
		return Object.fromEntries([...frame.attributes].map(({ name, value }) => [name, value]));
	}, code);
}

test('the share dialog gives a built lesson’s own embed, and its code follows Show and Height', async ({
	page
}) => {
	const dialog = await openShareDialog(page);
	await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(
		`${SITE}/lessons/shared/#${BUILT_LESSON_CODE}`
	);
	const code = dialog.getByLabel('Code to paste');
	expect(await iframeAttributes(page, await code.inputValue())).toMatchObject({
		src: `${SITE}/embed/lesson/#${BUILT_LESSON_CODE}`,
		title: `${BUILT_LESSON.title} — Kazakhstan 1990–2012: a timeline explorer`,
		height: '640'
	});
	await dialog.getByLabel('Show').selectOption('timeline');
	await dialog.getByLabel('Height in pixels').fill('480');
	expect(await iframeAttributes(page, await code.inputValue())).toMatchObject({
		src: `${SITE}/embed/lesson/?view=timeline#${BUILT_LESSON_CODE}`,
		height: '480'
	});
	await dialog.getByLabel('Show').selectOption('narrative');
	const { src } = await iframeAttributes(page, await code.inputValue());
	expect(src).toBe(`${SITE}/embed/lesson/?view=narrative#${BUILT_LESSON_CODE}`);
	await expect(dialog.locator('iframe.preview')).toHaveAttribute('src', src!);
	const preview = page.frameLocator('iframe.preview');
	await expect(preview.getByText(`Lesson: ${BUILT_LESSON.title}`)).toBeVisible();
	await expect(preview.locator('.canvas')).toHaveCount(0);

	// Escape closes it and gives focus back to the button that opened it.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Share or embed' })).toBeFocused();
});

test('pasted on another origin, a built lesson’s code steps through its events and grows to fit', async ({
	page,
	context
}) => {
	const dialog = await openShareDialog(page);
	const code = await dialog.getByLabel('Code to paste').inputValue();
	const helper = await dialog.getByLabel(/^Resize helper/).inputValue();

	const course = await context.newPage();
	await course.setViewportSize({ width: 1280, height: 1800 });
	await course.goto(`${HOST}/paste?code=${encodeURIComponent(`${code}\n${helper}`)}`);
	const iframe = course.locator(`iframe[src^="${SITE}/embed/lesson/"]`);
	await expect(iframe).toHaveAttribute('height', '640');
	const frame = iframe.contentFrame();
	await expect(frame.getByText(`Lesson: ${BUILT_LESSON.title}, 3 events`)).toBeVisible();
	await expect(frame.getByText('Showing 3 of 3 events in this lesson')).toBeVisible();
	await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();
	// The story shows the lesson's events in the teacher's order, not by date.
	await expect(frame.locator('.narrative [data-event-id]')).toHaveText(
		stepIds.map((id) => new RegExp(eventsById.get(id)!.title))
	);

	// The frame takes the embed's height, not the 640 px of the code. The embed is of another
	// origin: its height is read inside it.
	const embed = (await (await iframe.elementHandle())!.contentFrame())!;
	const contentHeight = () =>
		embed.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
	const frameHeight = () => iframe.evaluate((element) => element.getBoundingClientRect().height);
	const fits = () =>
		expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
	await fits();
	expect(await frameHeight()).toBeGreaterThan(640);

	// Next steps through the lesson in its order (from the step being read, which may be the
	// first), and each step keeps the lesson, in the fragment, in the embed's address. The frame
	// fits each step before the next click, as it does before a reader's eye has moved to it.
	const selected = () => new URL(embed.url()).searchParams.get('event');
	const visited: string[] = [];
	while (visited.at(-1) !== stepIds.at(-1) && visited.length < stepIds.length) {
		await frame.getByRole('button', { name: /^Next/ }).click();
		await expect.poll(selected).not.toBe(visited.at(-1) ?? null);
		visited.push(selected()!);
		expect(new URL(embed.url()).hash).toBe(`#${BUILT_LESSON_CODE}`);
		await fits();
	}

	// Its content is as tall whatever height the page gives the frame, with an event open too:
	// were any of it sized by the frame's viewport, each height posted would make it taller.
	// Measured inside the embed on both sides of the one resize, before the page's helper can
	// answer a change of content by resizing it again.
	const before = await embed.evaluate(() => {
		const height = () => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height);
		// A resize event still due from the frame's last fit is not this one.
		const start = innerHeight;
		const grown = new Promise<{ height: number; viewport: number }>((resolve) => {
			const onresize = () => {
				if (innerHeight === start) return;
				removeEventListener('resize', onresize);
				resolve({ height: height(), viewport: innerHeight });
			};
			addEventListener('resize', onresize);
		});
		Object.assign(window, { grown });
		return height();
	});
	await iframe.evaluate((element, height) => (element.style.height = `${height}px`), before + 1200);
	const after = await embed.evaluate(
		() => (window as unknown as { grown: Promise<unknown> }).grown
	);
	expect(after).toEqual({ height: before, viewport: before + 1200 });
	await iframe.evaluate((element, height) => (element.style.height = `${height}px`), before);
	expect(visited).toEqual(stepIds.slice(stepIds.length - visited.length));
	expect(visited.length).toBeGreaterThan(1);
	await frame.getByRole('button', { name: /^Previous/ }).click();
	await expect.poll(selected).toBe(stepIds.at(-2));
	await fits();
	await frame.getByRole('button', { name: /^Next/ }).click();
	await expect.poll(selected).toBe(stepIds.at(-1));
	await embed.evaluate(() => location.reload());
	await expect(frame.getByText(`Lesson: ${BUILT_LESSON.title}, 3 events`)).toBeVisible();
	await expect(frame.locator('.vis-item.vis-selected[data-id]')).toHaveAttribute(
		'data-id',
		stepIds.at(-1)!
	);
	// The link out opens the lesson's page, which the full explorer could not show.
	await expect(frame.getByRole('link', { name: /Open the lesson/ })).toHaveAttribute(
		'href',
		`${SITE}/lessons/shared/#${BUILT_LESSON_CODE}`
	);
});

test('a damaged, cut-off or newer code in the embed says so, in a frame that still fits', async ({
	page
}) => {
	const code = BUILT_LESSON_CODE;
	const cases: Array<[string, RegExp]> = [
		[code.slice(0, -10), /cut off: part of it is missing/],
		[`${code.slice(0, 40)}${code[40] === 'A' ? 'B' : 'A'}${code.slice(41)}`, /changed|damaged/],
		[code.replace(/^1\./, '9.'), /made by a newer version of the site/],
		['', /holds no lesson/]
	];
	for (const [fragment, message] of cases) {
		const src = `${SITE}/embed/lesson/#${fragment}`;
		await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
		const frame = page.frameLocator('#kz');
		await expect(frame.getByRole('alert'), fragment.slice(0, 30)).toContainText(message);
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Kazakhstan 1990–2012');
		const lesson = frame.getByRole('link', { name: 'ready-made lessons' });
		await expect(lesson).toHaveAttribute('target', '_blank');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { resizes: unknown[] }).resizes.length))
			.toBeGreaterThan(0);
	}
});

test('a ?lesson= in the embed’s address is ignored: the link’s lesson is shown, and it says so', async ({
	page
}) => {
	await page.goto(`/embed/lesson/?lesson=elections-under-pressure#${BUILT_LESSON_CODE}`);
	await expect(page.getByText(`Lesson: ${BUILT_LESSON.title}, 3 events`)).toBeVisible();
	await expect(
		page.getByText(
			`This shows the lesson “${BUILT_LESSON.title}” from its link, so the lesson “elections-under-pressure” in the address is ignored.`
		)
	).toBeVisible();
	await expect(page.getByText('so every event is shown')).toHaveCount(0);
	await expect(page.locator('.narrative [data-event-id]')).toHaveCount(stepIds.length);
	// Dropped from the address, as every notice's cause is, with the lesson's fragment kept.
	await expect.poll(() => new URL(page.url()).search).toBe('');
	expect(new URL(page.url()).hash).toBe(`#${BUILT_LESSON_CODE}`);
});

test('an event this build lacks is named, and the rest of the lesson is shown', async ({
	page
}) => {
	const missing = 'no-such-event-in-any-build';
	const encoded = await encodeLessonLink({
		...BUILT_LESSON,
		steps: [{ event: missing, prompt: '' }, BUILT_LESSON.steps[1]!]
	});
	expect(encoded.ok).toBe(true);
	await page.goto(`/embed/lesson/#${encoded.ok ? encoded.code : ''}`);
	await expect(page.getByRole('status').filter({ hasText: 'not in this version' })).toContainText(
		missing
	);
	await expect(
		page.getByText(`Lesson: ${BUILT_LESSON.title}, one event in the teacher's order.`)
	).toBeVisible();
	await expect(page.locator('.narrative [data-event-id]')).toHaveText([
		new RegExp(eventsById.get(stepIds[1]!)!.title)
	]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the embed of a built lesson says what it is and points to the presets', async ({
		page
	}) => {
		await page.goto(`/embed/lesson/#${BUILT_LESSON_CODE}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kazakhstan 1990–2012');
		await expect(page.getByText(/shows a lesson a teacher made/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'ready-made lessons' })).toHaveJSProperty(
			'href',
			`${SITE}/lessons/`
		);
	});
});

test('a link within the page (the skip link, #main) leaves the shared lesson shown', async ({
	page
}) => {
	await page.goto(`/lessons/shared/#${BUILT_LESSON_CODE}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILT_LESSON.title);
	await page.getByRole('link', { name: 'Skip to content' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.getByRole('main')).toBeFocused();
	// The fragment is read again as the page's own link; it must not be taken for a lesson.
	await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILT_LESSON.title);
	await page.getByRole('button', { name: 'Share or embed' }).click();
	await expect(
		page.getByRole('dialog', { name: 'Share or embed this lesson' }).getByRole('textbox', {
			name: 'Link'
		})
	).toHaveValue(`${SITE}/lessons/shared/#${BUILT_LESSON_CODE}`);
});

test('printed, a built lesson’s embed names its address without the thousands of characters of its code', async ({
	page
}) => {
	await page.goto(`/embed/lesson/#${BUILT_LESSON_CODE}`);
	await expect(page.getByText(`Lesson: ${BUILT_LESSON.title}`)).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const line = page.getByText(/^Printed from /);
	await expect(line).toBeVisible();
	await expect(line).toHaveText(
		`Printed from ${SITE}/embed/lesson/#${BUILT_LESSON_CODE.slice(0, 12)}… (${(BUILT_LESSON_CODE.length - 12).toLocaleString('en-GB')} more characters)`
	);
});

test('an embedded lesson sets each step’s task with its step, and asks its questions', async ({
	page
}) => {
	// A built lesson, framed on another origin by its own code.
	const built = await embedOnHost(page, `${SITE}/embed/lesson/#${BUILT_LESSON_CODE}`, HOST_PORT);
	const story = built.getByRole('region', { name: 'The story, event by event' });
	await expect(story.locator('[data-event-id="zhanaozen-massacre"] .prompt')).toHaveText(
		'Task: Who reported the number of dead?'
	);
	await expect(story.locator('.prompt')).toHaveCount(1);
	await expect(
		built.getByRole('region', { name: 'Questions for discussion' }).getByRole('listitem')
	).toHaveText(BUILT_LESSON.questions);

	// A ready-made lesson's embed asks its questions too.
	const preset = content.lessons.find((lesson) => lesson.id === 'zhanaozen-state-of-emergency')!;
	const framed = await embedOnHost(page, `${SITE}/embed/?lesson=${preset.id}`, HOST_PORT);
	await expect(
		framed.getByRole('region', { name: 'Questions for discussion' }).getByRole('listitem')
	).toHaveText(preset.questions);
});
