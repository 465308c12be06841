import { expect, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * Watches a page, and every frame in it, for signs that text ran as code: a dialog
 * (alert(1)), a write to window.__xss, or a Content Security Policy violation. Bindings
 * outlive navigation, so nothing is lost between pages. Call before the first goto.
 */
export async function watchForScripts(page: Page) {
	const ran: string[] = [];
	const violations: string[] = [];
	page.on('dialog', (dialog) => {
		ran.push(`${dialog.type()}(${dialog.message()}) on ${page.url()}`);
		void dialog.dismiss();
	});
	await page.exposeBinding('__reportXss', ({ frame }, value: string) =>
		ran.push(`window.__xss = ${value} on ${frame.url()}`)
	);
	await page.exposeBinding('__reportCsp', (_source, text: string) => violations.push(text));
	await page.addInitScript(() => {
		const report = window as unknown as {
			__reportXss: (value: string) => void;
			__reportCsp: (text: string) => void;
		};
		// Kept as well as reported, so a write is seen even if the report were lost.
		let written: unknown;
		Object.defineProperty(window, '__xss', {
			get: () => written,
			set: (value) => {
				written = value;
				report.__reportXss(String(value));
			}
		});
		document.addEventListener('securitypolicyviolation', (event) =>
			report.__reportCsp(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.href}`
			)
		);
	});
	return {
		/** Payloads that ran. */
		ran,
		/** What the Content Security Policy blocked. */
		violations,
		/** Asserts that nothing ran, nothing was blocked and no payload became markup. */
		async check() {
			expect(ran).toEqual([]);
			expect(violations).toEqual([]);
			for (const frame of page.frames()) {
				expect(await frame.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
				expect(await frame.evaluate(injectedMarkup), frame.url()).toEqual([]);
			}
		}
	};
}

/**
 * Collects uncaught exceptions and console errors from the page and its frames, each with the
 * address it happened on. `excuse` passes over an error the caller expects, named exactly.
 */
export function watchConsole(
	page: Page,
	excuse: (message: ConsoleMessage) => boolean = () => false
): string[] {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`${page.url().slice(0, 100)}: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error' && !excuse(message))
			problems.push(`${page.url().slice(0, 100)}: ${message.text()}`);
	});
	return problems;
}

/** Elements that only a payload parsed as HTML would create. Runs in the page. */
function injectedMarkup(): string[] {
	const found: string[] = [];
	for (const element of document.querySelectorAll('*')) {
		for (const name of element.getAttributeNames()) {
			if (name.startsWith('on')) found.push(`<${element.localName} ${name}>`);
		}
	}
	for (const image of document.querySelectorAll('img[src="x"]')) found.push(image.outerHTML);
	for (const script of document.querySelectorAll('script')) {
		if (script.textContent?.trim().startsWith('window.__xss')) found.push(script.outerHTML);
	}
	for (const link of document.querySelectorAll('a[href], iframe[src]')) {
		const address = link.getAttribute('href') ?? link.getAttribute('src') ?? '';
		if (/^\s*javascript:/i.test(address)) found.push(link.outerHTML);
	}
	return found;
}
