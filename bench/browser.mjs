import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Debian's Chromium (or CHROMIUM_PATH), as in e2e/browser.ts: these machines may not download
 * browsers. Duplicated here because the benchmark runs as plain Node, which cannot import .ts.
 * Every host name fails to resolve, so a page that reaches for a CDN fails at once instead of
 * hanging, without the cost of intercepting every request.
 */
export function launchChromium() {
	const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return chromium.launch({
		executablePath: existsSync(candidate) ? candidate : undefined,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
		]
	});
}

/**
 * Collects the requests a page makes beyond the loopback server; they cannot succeed here.
 * @param {import('@playwright/test').BrowserContext} context
 */
export function watchExternalRequests(context) {
	/** @type {string[]} */
	const external = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
		if (!local && /^(?:https?|wss?):$/.test(url.protocol)) external.push(url.href);
	});
	return external;
}

/**
 * Heap in use after a full garbage collection, in bytes, read through the DevTools protocol.
 * @param {import('@playwright/test').Page} page
 */
export async function usedHeap(page) {
	const session = await page.context().newCDPSession(page);
	try {
		await session.send('HeapProfiler.collectGarbage');
		const { usedSize } = await session.send('Runtime.getHeapUsage');
		return usedSize;
	} finally {
		await session.detach();
	}
}
