import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import { HOST_PORT, SITE } from './ports.ts';

// The code the site hands a teacher, used as a teacher uses it: copied from the share dialog or
// a lesson page and pasted into a course page on another origin, with the resize helper.

const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** The host server under another name: a third origin, neither the site's nor the course page's. */
const THIRD = `http://localhost:${HOST_PORT}`;
const ZHANAOZEN = 'Security forces kill striking oil workers in Zhanaozen';

async function openShareDialog(page: Page, path: string): Promise<Locator> {
	await page.goto(path);
	await timelineReady(page);
	await page.getByRole('button', { name: 'Share or embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** The course page with `code` pasted into it, as the server's /paste writes it. */
async function pasteIntoCoursePage(page: Page, code: string) {
	await page.goto(`${HOST}/paste?code=${encodeURIComponent(code)}`);
	await expect(page.getByRole('heading', { name: 'Week 3: Kazakhstan' })).toBeVisible();
}

/** The src of the iframe in a piece of pasted code, as a browser parses it. */
function iframeAttributes(page: Page, code: string) {
	return page.evaluate((html) => {
		const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
		return Object.fromEntries([...frame.attributes].map(({ name, value }) => [name, value]));
	}, code);
}

async function contentFrame(frame: Locator): Promise<Frame> {
	return (await (await frame.elementHandle())!.contentFrame())!;
}

/** Each iframe's height on the course page, and the height of the embed inside it. */
async function heights(frames: Locator) {
	return Promise.all(
		(await frames.all()).map(async (frame) => ({
			frame: await frame.evaluate((element) => element.getBoundingClientRect().height),
			content: await (
				await contentFrame(frame)
			).evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height))
		}))
	);
}

/** Runs before the course page's scripts: counts the message listeners they add. */
function countMessageListeners() {
	const counted = { listeners: 0 };
	Object.defineProperty(window, '__messageListeners', { value: counted });
	const add = EventTarget.prototype.addEventListener;
	EventTarget.prototype.addEventListener = function (
		this: EventTarget,
		...args: Parameters<EventTarget['addEventListener']>
	) {
		if (args[0] === 'message') counted.listeners++;
		return add.apply(this, args);
	};
}

test('two embeds pasted with the helper each grow to fit, and forged messages change nothing', async ({
	page,
	context
}) => {
	const dialog = await openShareDialog(page, '/?themes=labour,repression&q=oil');
	await dialog.getByLabel('Height in pixels').fill('320');
	await dialog.getByLabel('Show').selectOption('timeline');
	const timelineCode = await dialog.getByLabel('Code to paste').inputValue();
	await dialog.getByLabel('Show').selectOption('narrative');
	const storyCode = await dialog.getByLabel('Code to paste').inputValue();
	const helper = await dialog.getByLabel(/^Resize helper/).inputValue();
	expect(helper).toBe(`<script src="${SITE}/embed-resize.js" defer></script>`);

	// Each embed pasted with the helper after it: the page includes the helper twice.
	const course = await context.newPage();
	// Tall enough to show both: Chromium holds back the rendering, and so the resizing, of a
	// frame of another origin while it is out of sight, until it is scrolled to.
	await course.setViewportSize({ width: 1280, height: 1800 });
	await course.addInitScript(countMessageListeners);
	await pasteIntoCoursePage(course, [timelineCode, helper, storyCode, helper].join('\n'));
	const frames = course.locator(`iframe[src^="${SITE}/embed/"]`);
	await expect(frames).toHaveCount(2);
	await expect(frames.nth(0)).toHaveAttribute('height', '320');
	const [timelineOnly, storyOnly] = [frames.nth(0).contentFrame(), frames.nth(1).contentFrame()];
	await expect(
		timelineOnly.locator('.canvas.ready .vis-item[data-id="zhanaozen-massacre"]')
	).toBeVisible();
	await expect(storyOnly.getByRole('heading', { name: ZHANAOZEN, level: 3 })).toBeVisible();

	// Each frame takes its own embed's height, not the 320 px of the code nor the other's.
	await expect
		.poll(async () => (await heights(frames)).map(({ frame, content }) => frame - content))
		.toEqual([0, 0]);
	const fitted = (await heights(frames)).map(({ frame }) => frame);
	expect(fitted[0]).toBeGreaterThan(320);
	expect(fitted[1]).toBeGreaterThan(320);
	expect(fitted[0]).not.toBe(fitted[1]);
	expect(
		await course.evaluate(
			() => (window as unknown as { __messageListeners: { listeners: number } }).__messageListeners
		)
	).toEqual({ listeners: 1 });

	// The same message from the course page itself, from a frame of a third origin (which would
	// resize itself if only the sender were checked) and from a sandboxed frame of no origin.
	const forged = { type: 'kz-timeline:resize', height: 123 };
	await course.evaluate(
		([site, third, message]) => {
			const log = { arrived: 0 };
			Object.defineProperty(window, '__forged', { value: log });
			addEventListener('message', (event) => {
				if (event.origin !== site && event.data?.type === message.type) log.arrived++;
			});
			const stranger = document.createElement('iframe');
			stranger.id = 'third';
			stranger.src = `${third}/blank`;
			const sandboxed = document.createElement('iframe');
			sandboxed.id = 'sandboxed';
			sandboxed.sandbox.add('allow-scripts');
			sandboxed.srcdoc = `<script>parent.postMessage(${JSON.stringify(message)}, '*')</script>`;
			document.body.append(stranger, sandboxed);
			postMessage(message, '*');
		},
		[SITE, THIRD, forged] as const
	);
	const thirdFrame = () => course.frames().find((frame) => frame.url() === `${THIRD}/blank`);
	await expect.poll(thirdFrame).toBeDefined();
	await thirdFrame()!.evaluate((message) => parent.postMessage(message, '*'), forged);
	await expect
		.poll(() =>
			course.evaluate(() => (window as unknown as { __forged: { arrived: number } }).__forged)
		)
		.toEqual({ arrived: 3 });

	expect((await heights(frames)).map(({ frame }) => frame)).toEqual(fitted);
	for (const id of ['third', 'sandboxed'])
		expect(await course.locator(`#${id}`).evaluate((frame) => frame.style.height), id).toBe('');
});

test('the dialog’s preview is the embed of the view, timeline and story', async ({ page }) => {
	const dialog = await openShareDialog(page, '/?themes=labour,repression&event=zhanaozen-massacre');
	const count = (await page.getByText(/^Showing \d+ of \d+ events/).textContent())!.trim();
	const { src } = await iframeAttributes(
		page,
		await dialog.getByLabel('Code to paste').inputValue()
	);
	const preview = dialog.locator('iframe.preview');
	await expect(preview).toHaveAttribute('src', src!);

	const frame = page.frameLocator('iframe.preview');
	await expect(frame.locator('.canvas.ready .vis-item.vis-selected[data-id]')).toHaveAttribute(
		'data-id',
		'zhanaozen-massacre'
	);
	await expect(frame.getByRole('heading', { name: ZHANAOZEN, level: 3 })).toBeVisible();
	await expect(frame.getByText(count)).toBeVisible();
	const loaded = new URL((await contentFrame(preview)).url());
	expect(Object.fromEntries(loaded.searchParams)).toEqual(
		Object.fromEntries(new URL(src!).searchParams)
	);
});

test('a lesson page gives the whole code to embed its lesson', async ({ page, request }) => {
	await page.goto('/lessons/zhanaozen-state-of-emergency/');
	const code = await page.getByLabel('Embed this lesson').inputValue();
	expect(await iframeAttributes(page, code)).toEqual({
		src: `${SITE}/embed/?lesson=zhanaozen-state-of-emergency`,
		title: 'Zhanaozen and the state of emergency — Kazakhstan 1990–2012: a timeline explorer',
		width: '100%',
		height: '640',
		style: 'border:0;max-width:100%',
		loading: 'lazy'
	});
	const helper = await page.getByLabel(/^Resize helper/).inputValue();
	expect(helper).toBe(`<script src="${SITE}/embed-resize.js" defer></script>`);
	const script = await request.get(`${SITE}/embed-resize.js`);
	expect(script.status()).toBe(200);
	expect(script.headers()['content-type']).toMatch(/javascript/);

	// Pasted without the helper, the embed keeps the height in its code.
	await pasteIntoCoursePage(page, code);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByText('Showing 4 of 4 events in this lesson')).toBeVisible();
	await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();
	await expect(page.locator('iframe')).toHaveJSProperty('offsetHeight', 640);
});

test('what the reader does in an embed is in its address, and carried to the explorer', async ({
	page,
	context
}) => {
	const dialog = await openShareDialog(page, '/');
	const code = await dialog.getByLabel('Code to paste').inputValue();
	await pasteIntoCoursePage(page, code);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('.canvas.ready .vis-item').first()).toBeVisible();
	const embed = await contentFrame(page.locator('iframe'));

	await frame.getByRole('button', { name: 'Show search and themes' }).click();
	await frame.getByLabel('Search events').fill('oil');
	await expect.poll(() => new URL(embed.url()).searchParams.get('q')).toBe('oil');
	await frame.getByRole('button', { name: /^Next/ }).click();
	await expect.poll(() => new URL(embed.url()).searchParams.get('event')).not.toBeNull();
	const state = Object.fromEntries(new URL(embed.url()).searchParams);

	const back = frame.getByRole('link', { name: /Open in full explorer/ });
	const full = await context.newPage();
	await full.goto(new URL((await back.getAttribute('href'))!, embed.url()).href);
	await expect(full.getByLabel('Search events')).toHaveValue('oil');
	await expect(full.locator('.vis-item.vis-selected[data-id]')).toHaveAttribute(
		'data-id',
		state.event!
	);
	// The code the explorer gives from there shows the embed as the reader left it.
	await full.getByRole('button', { name: 'Share or embed' }).click();
	const again = await iframeAttributes(full, await full.getByLabel('Code to paste').inputValue());
	expect(Object.fromEntries(new URL(again.src!).searchParams)).toMatchObject({
		q: state.q,
		event: state.event
	});
});
