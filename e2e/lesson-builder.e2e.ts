import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { content } from './content.ts';
import { violationsInBothSchemes } from './axe.ts';
import { screenshot } from './helpers.ts';
import { HOST_PORT } from './ports.ts';

// The lesson builder (/lessons/new/) and the lessons it shares as links (/lessons/shared/#…).
const eventsById = new Map(content.events.map((event) => [event.id, event]));
const titleToEvent = new Map(content.events.map((event) => [event.title, event]));

async function openBuilder(page: Page, path = '/lessons/new/') {
	await page.goto(path);
	await expect(page.getByRole('searchbox', { name: 'Search the events' })).toBeVisible();
}

const stepList = (page: Page) => page.getByRole('list', { name: 'Steps of the lesson' });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const linkField = (page: Page) => page.getByRole('textbox', { name: 'Lesson link' });

/** The titles of a lesson page's steps, in order. */
async function stepTitles(page: Page): Promise<string[]> {
	return page.locator('ol.steps > li h3').allInnerTexts();
}

async function lessonLink(page: Page): Promise<string> {
	await expect(linkField(page)).toHaveValue(/\/lessons\/shared\/#1\.[\w-]+$/);
	return linkField(page).inputValue();
}

test('a lesson built by keyboard alone opens from its link with the same steps, questions and quotes', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await openBuilder(page);
	await page.getByRole('textbox', { name: 'Title' }).press('Control+a');
	await page.keyboard.type('Oil, strikes and the state');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Four events on oil and the people who produced it.');

	// Four events from a filter: the explorer's search.
	await page.getByRole('searchbox', { name: 'Search the events' }).press('Control+a');
	await page.keyboard.type('oil');
	await expect(page.getByRole('status').filter({ hasText: /events? match/ })).toHaveText(
		/^\d+\s+events match/
	);
	const results = page.getByRole('list', { name: 'Events to add' });
	for (let count = 0; count < 4; count++) {
		await results
			.getByRole('button', { name: /^Add: / })
			.first()
			.press('Enter');
		await expect(results.getByRole('button', { name: /^Added: / })).toHaveCount(count + 1);
	}
	await expect(stepList(page).getByRole('listitem')).toHaveCount(4);
	const chosen = await stepList(page).locator('.title strong').allInnerTexts();

	// Reorder: the first step down one place, announced, with focus kept on it.
	const moveDown = stepList(page).getByRole('button', { name: `Move down: ${chosen[0]}` });
	await moveDown.press('Enter');
	await expect(page.getByText(`${chosen[0]} moved to step 2 of 4`)).toBeAttached();
	await expect(
		stepList(page).getByRole('button', { name: `Move down: ${chosen[0]}` })
	).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText(`${chosen[0]} moved to step 3 of 4`)).toBeAttached();
	const order = [chosen[1]!, chosen[2]!, chosen[0]!, chosen[3]!];
	await expect(stepList(page).locator('.title strong')).toHaveText(order);

	// A prompt for one step, and two questions.
	await stepList(page).getByRole('textbox', { name: 'Prompt for step 1 (optional)' }).press('Tab');
	await page.getByRole('textbox', { name: 'Prompt for step 1 (optional)' }).press('Control+a');
	await page.keyboard.type('Which words show the author’s view?');
	const questions = ['Who gained from the oil boom?', 'Why did the workers strike?'];
	for (const question of questions) {
		await page.getByRole('button', { name: 'Add a question' }).press('Enter');
		await page.keyboard.type(question);
	}
	await expect(preview(page).locator('ol.steps > li h3')).toHaveText(order);
	await expect(
		preview(page).getByRole('region', { name: 'Questions for discussion' })
	).toContainText(questions[1]!);

	// A reload mid-edit loses nothing.
	await page.getByRole('textbox', { name: 'Question 2' }).press('End');
	await page.keyboard.type(' Give two reasons.');
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Question 2' })).toHaveValue(
		`${questions[1]} Give two reasons.`
	);
	await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
		'Oil, strikes and the state'
	);
	await expect(stepList(page).locator('.title strong')).toHaveText(order);
	const link = await lessonLink(page);

	// The link, opened where none of this was ever stored.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Oil, strikes and the state');
	await expect.poll(() => stepTitles(other)).toEqual(order);
	const questionList = other.getByRole('region', { name: 'Questions for discussion' });
	await expect(questionList.getByRole('listitem')).toHaveText([
		questions[0]!,
		`${questions[1]} Give two reasons.`
	]);
	await expect(other.getByText('Which words show the author’s view?')).toBeVisible();
	for (const title of order) {
		const event = titleToEvent.get(title)!;
		const article = other.getByRole('article', { name: title });
		for (const quote of event.quotes)
			await expect(article.getByText(quote.text).first()).toBeVisible();
	}
	await other.getByRole('button', { name: 'Share or embed' }).click();
	const share = other.getByRole('dialog', { name: 'Share or embed this lesson' });
	await expect(share.getByLabel('Code to paste')).toHaveValue(
		`<iframe src="${new URL('/embed/lesson/', link).href}#${link.split('#')[1]}" title="Oil, strikes and the state — Kazakhstan 1990–2012: a timeline explorer" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`
	);
	await other.keyboard.press('Escape');
	await expect(share).toBeHidden();

	// Printed, it is a handout: the quotes and questions, no controls.
	await other.emulateMedia({ media: 'print' });
	for (const title of order) {
		const article = other.getByRole('article', { name: title });
		await expect(article.getByText(titleToEvent.get(title)!.quotes[0]!.text).first()).toBeVisible();
	}
	await expect(questionList).toBeVisible();
	for (const control of await other.locator('button, input, select, textarea, nav').all())
		await expect(control).toBeHidden();
	await fresh.close();
});

test('hostile text stays text, and a damaged link says what is wrong', async ({ page }) => {
	test.setTimeout(60_000);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		dialog.dismiss();
	});
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	const hostile =
		'<img src=x onerror="window.__pwned=1">\u202Egnp.exe <script>window.__pwned=2</script>';
	await page.getByRole('textbox', { name: 'Title' }).fill(hostile.slice(0, 120));
	await page.getByRole('textbox', { name: 'Question 1' }).fill('javascript:window.__pwned=3');
	await page.getByRole('textbox', { name: 'Introduction' }).fill('x'.repeat(100_000));
	await expect(page.getByRole('textbox', { name: 'Introduction' })).toHaveValue('x'.repeat(1200));
	await expect(page.getByText('1200 of 1200 characters')).toBeVisible();
	await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText(hostile.slice(0, 120));
	const link = await lessonLink(page);

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		hostile.replace('\u202E', '').slice(0, 119)
	);
	await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(
		'title held hidden or direction-changing characters, which were removed'
	);
	await expect(page.getByText('javascript:window.__pwned=3')).toBeVisible();
	await expect(page.locator('a[href^="javascript:"], img[src="x"], main script')).toHaveCount(0);

	const code = link.split('#')[1]!;
	const cases: Array<[string, RegExp]> = [
		[code.slice(0, -10), /cut off: part of it is missing/],
		[`${code.slice(0, 40)}${code[40] === 'A' ? 'B' : 'A'}${code.slice(41)}`, /changed|damaged/],
		[code.replace(/^1\./, '9.'), /made by a newer version of the site/],
		[`1.${'A'.repeat(100_000)}`, /longer than any this site makes/],
		['1.<script>', /characters a lesson link never has/]
	];
	for (const [fragment, message] of cases) {
		await page.goto(`/lessons/shared/#${fragment}`);
		await expect(
			page.getByRole('alert').filter({ hasText: 'lesson link' }),
			fragment.slice(0, 30)
		).toContainText(message);
		await expect(
			page
				.getByRole('link', { name: 'ready-made lessons' })
				.or(page.getByRole('heading', { level: 1 }))
				.first()
		).toBeVisible();
	}
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('a lesson file is read with the build’s schema: a bad one is refused by field, the draft untouched', async ({
	page
}) => {
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	const title = page.getByRole('textbox', { name: 'Title' });
	await expect(title).toHaveValue('Zhanaozen and the state of emergency');
	const file = page.getByLabel('Lesson file to open');
	await file.setInputFiles({
		name: 'bad.yaml',
		mimeType: 'application/yaml',
		buffer: Buffer.from('title: A\nintroduction: B\nevents: [Not An Id]\nquestions: [Q]\n')
	});
	await expect(page.getByRole('alert').filter({ hasText: 'not opened' })).toContainText(
		'events[0] must be lower-case words joined by hyphens'
	);
	await expect(title).toHaveValue('Zhanaozen and the state of emergency');

	await file.setInputFiles({
		name: 'old.yaml',
		mimeType: 'application/yaml',
		buffer: Buffer.from(
			'title: An older lesson\nintroduction: From an earlier build.\nevents: [zhanaozen-massacre, an-event-since-removed]\nquestions: [What happened?]\n'
		)
	});
	await expect(title).toHaveValue('An older lesson');
	await expect(stepList(page)).toContainText('an-event-since-removed');
	await expect(
		preview(page).getByRole('status').filter({ hasText: 'not in this version' })
	).toContainText('an-event-since-removed');
	await expect(page.getByRole('region', { name: 'My lessons' }).getByRole('listitem')).toHaveCount(
		2
	);
});

test('a damaged draft in storage is set aside and reported, and the others open', async ({
	page
}) => {
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	await page.evaluate(() => localStorage.setItem('kz-lesson-draft:broken', '{"draft": nope'));
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toContainText(
		'it is damaged and cannot be read'
	);
	await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
		'Zhanaozen and the state of emergency'
	);
});

test('the explorer’s share dialog and each preset start a lesson; /lessons offers one', async ({
	page
}) => {
	await page.goto('/lessons/');
	await expect(page.getByRole('link', { name: 'Make your own lesson' })).toHaveAttribute(
		'href',
		/lessons\/new\/$/
	);
	await page.goto('/lessons/elections-under-pressure/');
	await page.getByRole('link', { name: 'Start from this lesson' }).click();
	await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
		'The 2011–2012 elections under pressure'
	);
	await expect(page).toHaveURL(/\/lessons\/new\/$/);

	await page.goto('/?q=zhanaozen');
	await page.getByRole('button', { name: /Share or embed/ }).click();
	await page.getByRole('link', { name: 'Make a lesson from these events' }).click();
	await expect(page.getByRole('searchbox', { name: 'Search the events' })).toHaveValue('zhanaozen');
	const expected = content.events.filter((event) =>
		[
			event.title,
			event.description,
			...event.quotes.map((quote) => quote.text),
			...event.actors,
			...event.places
		]
			.join(' ')
			.toLowerCase()
			.includes('zhanaozen')
	);
	await expect(stepList(page).locator('.title strong')).toHaveText(
		expected.map((event) => event.title)
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the builder and a shared link say what they are and point to the presets', async ({
		page
	}) => {
		await page.goto('/lessons/new/');
		await expect(page.getByText(/needs JavaScript/)).toBeVisible();
		await page.goto('/lessons/shared/#1.abc');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('A shared lesson');
		await expect(page.getByText(/holds a lesson a teacher made/)).toBeVisible();
		await expect(
			page.getByRole('main').getByRole('link', { name: 'ready-made lessons' })
		).toBeVisible();
	});
});

for (const { name, viewport } of [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
]) {
	test(`the builder and a shared lesson are axe-clean, light and dark, at ${name} width`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize(viewport);
		await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
		await expect(preview(page).locator('.canvas.ready .vis-item').first()).toBeVisible();
		await screenshot(page, `lesson-builder-${name}`);
		await preview(page).scrollIntoViewIfNeeded();
		await screenshot(page, `lesson-builder-preview-${name}`);
		const found: string[] = [];
		found.push(...(await violationsInBothSchemes(page)).map((violation) => `builder ${violation}`));
		const link = await lessonLink(page);
		await page.goto(link);
		await expect(page.locator('.canvas.ready .vis-item').first()).toBeVisible();
		found.push(...(await violationsInBothSchemes(page)).map((violation) => `shared ${violation}`));
		await page.emulateMedia({ colorScheme: 'light', media: 'print' });
		await page.screenshot({
			path: `test-results/screenshots/lesson-shared-print-${name}.png`,
			fullPage: true
		});
		expect(found).toEqual([]);
	});
}

test('the step list is complete by keyboard: every control can be reached and shows focus', async ({
	page
}) => {
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	const handle = stepList(page)
		.getByLabel(/^Drag to reorder: /)
		.first();
	await handle.focus();
	const outline = await handle.evaluate((element) => getComputedStyle(element).outlineStyle);
	expect(outline).not.toBe('none');
	expect(eventsById.size).toBeGreaterThan(4);
});

test('a shared lesson embedded on another origin shows and resizes its frame', async ({ page }) => {
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	const link = await lessonLink(page);
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(link)}`);
	const frame = page.frameLocator('#kz');
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
		'Zhanaozen and the state of emergency'
	);
	const lastHeight = () =>
		page.evaluate(
			() => (window as unknown as { resizes: { height: number }[] }).resizes.at(-1)?.height ?? 0
		);
	await expect.poll(lastHeight).toBeGreaterThan(600);
	await expect(page.locator('#kz')).toHaveJSProperty('offsetHeight', await lastHeight());
});

test('a downloaded preset is accepted by a real build and prerendered as a lesson', async ({
	page
}) => {
	test.slow();
	test.setTimeout(400_000);
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	await page.getByRole('textbox', { name: 'Title' }).fill('Zhanaozen, downloaded');
	await page.getByRole('textbox', { name: 'Prompt for step 2 (optional)' }).fill('Count the dead.');
	await stepList(page)
		.getByRole('button', { name: /^Remove: / })
		.last()
		.click();
	// What the file is for, in a teacher's words, not the project's.
	const hint = page.getByText(/^Saves zhanaozen-downloaded\.yaml on your computer/);
	await expect(hint).toContainText('“Open a lesson file” to go on working on it');
	await expect(hint).toContainText('added to the ready-made lessons');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the lesson file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('zhanaozen-downloaded.yaml');

	const root = '.tmp/lesson-builder-build';
	rmSync(root, { recursive: true, force: true });
	cpSync('events', `${root}/events`, { recursive: true });
	await download.saveAs(`${root}/events/lessons/zhanaozen-downloaded.yaml`);
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, EVENTS_DIR: `${root}/events`, BUILD_DIR: `${root}/build` },
		stdio: 'pipe',
		timeout: 360_000
	});
	const html = readFileSync(`${root}/build/lessons/zhanaozen-downloaded/index.html`, 'utf8');
	expect(html).toMatch(/<h1 id="lesson-title"[^>]*>Zhanaozen, downloaded<\/h1>/);
	expect(html).toContain('Count the dead.');
	expect(html.match(/<li id="event-[a-z0-9-]+"/g)).toHaveLength(3);
	rmSync(root, { recursive: true, force: true });
});

test('steps reorder by dragging a handle, with the mouse or the keyboard', async ({ page }) => {
	await openBuilder(page, '/lessons/new/?from=zhanaozen-state-of-emergency');
	const titles = stepList(page).locator('.title strong');
	const before = await titles.allInnerTexts();
	const handles = stepList(page).getByLabel(/^Drag to reorder: /);

	await handles.nth(0).scrollIntoViewIfNeeded();
	const steps = stepList(page).getByRole('listitem');
	const from = (await handles.nth(0).boundingBox())!;
	const first = (await steps.nth(0).boundingBox())!;
	const to = (await steps.nth(2).boundingBox())!;
	// The library places a dragged step by the step's middle, not by the pointer on its handle:
	// the pointer aims that far above the middle of the third step.
	const x = from.x + from.width / 2;
	const grab = from.y + from.height / 2;
	const target = to.y + to.height / 2 - (first.y + first.height / 2 - grab);
	await page.mouse.move(x, grab);
	await page.mouse.down();
	// The library takes a drag after the pointer has moved a little, then follows it.
	await page.mouse.move(x + 5, grab + 10, { steps: 5 });
	for (let step = 1; step <= 10; step++) {
		await page.mouse.move(x, grab + 10 + ((target - grab - 10) * step) / 10);
		await page.waitForTimeout(40);
	}
	// While dragged, the step's place in the list is held by a hidden stand-in.
	await expect.poll(async () => (await titles.allTextContents()).indexOf(before[0]!)).toBe(2);
	await page.waitForTimeout(300);
	expect((await titles.allTextContents()).indexOf(before[0]!)).toBe(2);
	await page.mouse.up();
	// The drop is final once the dragged step has settled: then it is announced and saved.
	await expect(page.getByText(`${before[0]} moved to step 3 of 4`)).toBeAttached();
	await expect(titles).toHaveText([before[1]!, before[2]!, before[0]!, before[3]!]);

	// The library's own keyboard drag: Space takes the step, an arrow moves it, Space drops it.
	await page.reload();
	await expect(titles).toHaveText([before[1]!, before[2]!, before[0]!, before[3]!]);
	await handles.nth(3).focus();
	await expect(handles.nth(3)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(stepList(page).getByRole('listitem').nth(3)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Space');
	await expect(titles).toHaveText([before[1]!, before[2]!, before[3]!, before[0]!]);
	await page.reload();
	await expect(titles).toHaveText([before[1]!, before[2]!, before[3]!, before[0]!]);
});
