import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RESIZE_MESSAGE, RESIZING_MESSAGE } from './resize.svelte.ts';

// static/embed-resize.js runs on other people's pages, so it is tried here in a page of its
// own: a host on https://school.example that includes it from the site on https://kz.example.
const helper = readFileSync(new URL('../../../static/embed-resize.js', import.meta.url), 'utf8');
const SITE_ORIGIN = 'https://kz.example';

interface Frame {
	contentWindow: { postMessage: (data: unknown, origin: string) => void };
	/** What the helper sent the frame's window, with the origin it was sent to. */
	received: [unknown, string][];
	style: { height: string };
}

function frame(): Frame {
	const received: [unknown, string][] = [];
	return {
		contentWindow: { postMessage: (data, origin) => received.push([data, origin]) },
		received,
		style: { height: '' }
	};
}

function hostPage(
	frames: Frame[],
	{ src = `${SITE_ORIGIN}/kz/embed-resize.js`, includes = 1 } = {}
) {
	const listeners: ((event: Partial<MessageEvent>) => void)[] = [];
	const page: Record<PropertyKey, unknown> = {
		URL,
		location: { href: 'https://school.example/week-3' },
		document: {
			currentScript: src ? { src } : null,
			getElementsByTagName: (name: string) => (name === 'iframe' ? frames : [])
		},
		addEventListener: (type: string, listener: (event: Partial<MessageEvent>) => void) => {
			if (type === 'message') listeners.push(listener);
		}
	};
	page.window = page;
	for (let time = 0; time < includes; time++) runInNewContext(helper, page);
	return {
		listeners,
		post(data: unknown, origin: string, source: object) {
			for (const listener of listeners) listener({ data, origin, source: source as Window });
		}
	};
}

describe('the resize helper', () => {
	it('resizes each embed from its own messages, whichever iframe it is', () => {
		const [other, first, second] = [frame(), frame(), frame()];
		const page = hostPage([other, first, second]);
		page.post({ type: RESIZE_MESSAGE, height: 812.4 }, SITE_ORIGIN, first.contentWindow);
		page.post({ type: RESIZE_MESSAGE, height: 530 }, SITE_ORIGIN, second.contentWindow);
		expect([other, first, second].map((each) => each.style.height)).toEqual(['', '813px', '530px']);
	});

	it('ignores other origins, other windows, other messages and heights that are not sizes', () => {
		const embed = frame();
		const stranger = frame();
		const page = hostPage([embed, stranger]);
		const message = { type: RESIZE_MESSAGE, height: 700 };
		// A frame of another origin that sends the message about itself, or about the embed.
		page.post(message, 'https://elsewhere.example', stranger.contentWindow);
		page.post(message, 'https://elsewhere.example', embed.contentWindow);
		page.post(message, 'null', embed.contentWindow);
		// The site's origin, but from a window that is none of the page's iframes.
		page.post(message, SITE_ORIGIN, {});
		for (const data of [
			{ type: 'kz-timeline:select', height: 700 },
			{ type: RESIZE_MESSAGE, height: -5 },
			{ type: RESIZE_MESSAGE, height: 'tall' },
			{ type: RESIZE_MESSAGE, height: 1e9 },
			{ type: RESIZE_MESSAGE },
			`{"type":"${RESIZE_MESSAGE}","height":700}`,
			null
		])
			page.post(data, SITE_ORIGIN, embed.contentWindow);
		expect([embed.style.height, stranger.style.height]).toEqual(['', '']);
	});

	it('answers the frame it resized, and only to the site’s origin, so that its embed grows', () => {
		const [early, other] = [frame(), frame()];
		const page = hostPage([early, other]);
		const answer = [{ type: RESIZING_MESSAGE }, SITE_ORIGIN];
		// On starting, it tells every frame, for an embed that sent its height before it came.
		expect([early.received, other.received]).toEqual([[answer], [answer]]);
		// An answer sent before the frame's embed loaded is lost, so each height is answered: the
		// embed acts on the first it hears.
		page.post({ type: RESIZE_MESSAGE, height: 900 }, SITE_ORIGIN, early.contentWindow);
		page.post(
			{ type: RESIZE_MESSAGE, height: 950 },
			'https://elsewhere.example',
			other.contentWindow
		);
		expect([early.received, other.received, early.style.height]).toEqual([
			[answer, answer],
			[answer],
			'900px'
		]);
	});

	it('listens once however often the page includes it', () => {
		expect(hostPage([frame()], { includes: 3 }).listeners).toHaveLength(1);
	});

	it('does nothing when it cannot tell which site it came from', () => {
		expect(hostPage([frame()], { src: '' }).listeners).toHaveLength(0);
	});
});
