import { expect, test, type Frame, type Page } from '@playwright/test';
import { watchForScripts } from './guards.ts';
import { timelineReady } from './helpers.ts';
import { HOST_PORT, SITE } from './ports.ts';

// The embed tells the page around it its height and must never act on what any other window
// sends it, but for one thing: the resize helper's answer, from its parent, which only lets it
// grow to its content. These tests watch the built site itself, its dependencies included: the
// embed's one listener is the only one, and messages a host posts change nothing else.

interface MessageLog {
	/** Every message listener the page added, by how it was added. */
	listeners: string[];
	/** How many messages reached the window. */
	received: number;
}

/**
 * Runs in every frame before its scripts: counts the messages that arrive, then records every
 * listener for them added afterwards, by addEventListener or an onmessage property.
 */
function recordMessageListeners() {
	const log: MessageLog = { listeners: [], received: 0 };
	Object.defineProperty(window, '__messageLog', { value: log });
	window.addEventListener('message', () => log.received++);
	const add = EventTarget.prototype.addEventListener;
	EventTarget.prototype.addEventListener = function (
		this: EventTarget,
		...args: Parameters<EventTarget['addEventListener']>
	) {
		if (/^message(error)?$/.test(args[0]))
			log.listeners.push(`addEventListener('${args[0]}') on ${this.constructor.name}`);
		return add.apply(this, args);
	};
	for (const name of ['onmessage', 'onmessageerror']) {
		const property = Object.getOwnPropertyDescriptor(window, name);
		if (!property?.set) continue;
		Object.defineProperty(window, name, {
			...property,
			set(value: unknown) {
				if (value !== null) log.listeners.push(`${name} on Window`);
				property.set!.call(this, value);
			}
		});
	}
}

const messageLog = (frame: Frame) =>
	frame.evaluate(() => (window as unknown as { __messageLog: MessageLog }).__messageLog);

function embedFrame(page: Page): Frame {
	const frame = page.frames().find((candidate) => candidate.url().startsWith(`${SITE}/embed`));
	if (!frame) throw new Error('no embed frame');
	return frame;
}

/** The frame's address once the explorer has drawn and the address has stopped changing. */
async function settledUrl(frame: Frame): Promise<string> {
	let last = '';
	await expect
		.poll(
			() => {
				const [previous, now] = [last, frame.url()];
				last = now;
				return now === previous;
			},
			{ intervals: [500], timeout: 10_000 }
		)
		.toBe(true);
	return last;
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(recordMessageListeners);
});

/** The one listener the site has: a framed embed's, for the resize helper's answer. */
const HELPER_ANSWER = ["addEventListener('message') on Window"];

test('the explorer listens for no messages, and a framed embed only for the helper’s answer', async ({
	page
}) => {
	await page.goto('/?event=zhanaozen-massacre');
	await timelineReady(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Share or embed' }).click();
	// The share dialog's preview is the embed, in a frame of the explorer.
	await expect(page.frameLocator('iframe.preview').locator('.canvas.ready')).toBeVisible();
	expect(page.frames()).toHaveLength(2);
	expect((await messageLog(page.mainFrame())).listeners).toEqual([]);
	const preview = page.frames().find((frame) => frame !== page.mainFrame())!;
	expect((await messageLog(preview)).listeners).toEqual(HELPER_ANSWER);

	await page.goto('/embed/?lesson=zhanaozen-state-of-emergency');
	await timelineReady(page);
	await page.getByRole('button', { name: /^Next/ }).click();
	await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
	expect((await messageLog(page.mainFrame())).listeners).toEqual([]);
});

test('the recorder sees a listener when there is one', async ({ page }) => {
	// The control for the test above: the host page listens for the embed's height.
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(`${SITE}/embed`)}`);
	expect((await messageLog(page.mainFrame())).listeners).toEqual([
		"addEventListener('message') on Window"
	]);
	await page.evaluate(() => {
		window.onmessage = () => {};
	});
	expect((await messageLog(page.mainFrame())).listeners).toHaveLength(2);
});

test('messages a host page on another origin posts into the embed change nothing', async ({
	page
}) => {
	const guard = await watchForScripts(page);
	const src = `${SITE}/embed/?event=zhanaozen-massacre&themes=labour,repression`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(src)}`);
	const frame = page.frameLocator('#kz');
	const selected = frame.locator('.canvas.ready .vis-item.vis-selected[data-id]');
	await expect(selected).toBeVisible();
	const embed = embedFrame(page);
	await expect(selected).toHaveAttribute('data-id', 'zhanaozen-massacre');
	const before = {
		url: await settledUrl(embed),
		count: await frame.getByText(/^Showing \d+ of \d+ events/).textContent(),
		received: (await messageLog(embed)).received
	};

	const payloads: unknown[] = [
		'<img src=x onerror=window.__xss=1>',
		'"><script>window.__xss=1</script>',
		'javascript:alert(1)',
		'{"type":"kz-timeline:select","event":"massimov-interview"}',
		{ type: 'kz-timeline:select', event: 'massimov-interview' },
		{ type: 'kz-timeline:resize', height: 10 },
		{ event: 'massimov-interview', themes: 'elections', q: 'election', from: '1990-01-01' },
		{ html: '<img src=x onerror=alert(1)>', toString: null, nested: [{ href: 'javascript:1' }] },
		['select', 'massimov-interview'],
		// The helper's answer, which this host's own listener has already sent: it may only
		// let the frame grow, which it already does.
		{ type: 'kz-timeline:resizing', event: 'massimov-interview', height: 10 },
		null,
		42
	];
	await page.evaluate(
		([messages, origin]) => {
			const target = (document.getElementById('kz') as HTMLIFrameElement).contentWindow!;
			for (const message of messages) {
				target.postMessage(message, '*');
				target.postMessage(message, origin);
			}
		},
		[payloads, SITE] as const
	);
	// Every message has been dispatched in the frame, so any listener has already run.
	await expect
		.poll(async () => (await messageLog(embed)).received)
		.toBe(before.received + payloads.length * 2);

	expect(embed.url()).toBe(before.url);
	await expect(selected).toHaveAttribute('data-id', 'zhanaozen-massacre');
	await expect(frame.getByText(/^Showing \d+ of \d+ events/)).toHaveText(before.count!);
	await expect(frame.getByRole('region', { name: 'Selected event' })).toContainText('Zhanaozen');
	expect((await messageLog(embed)).listeners).toEqual(HELPER_ANSWER);
	await guard.check();
});
