import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_PAGE_MARK, isStorable, PAGE_MARK } from './storable.ts';

const ORIGIN = 'https://school.example';
const PAGE = `<!doctype html><html><head><meta ${PAGE_MARK} /><title>Lessons</title></head><body>…</body></html>`;
// What nginx's autoindex answers for a folder: a 200 HTML page like any other.
const LISTING =
	'<html><head><title>Index of /lessons/</title></head><body><h1>Index of /lessons/</h1><pre><a href="../">../</a>\n<a href="__data.json">__data.json</a></pre></body></html>';
const ERROR_PAGE = `<!doctype html><html><head><meta ${PAGE_MARK} /><meta ${ERROR_PAGE_MARK} content="" /></head><body><h1>Page not found</h1></body></html>`;

interface Served {
	status?: number;
	type?: ResponseType;
	redirected?: boolean;
	url?: string;
	contentType?: string;
}

/**
 * A response as fetch() in a worker would hand it over. Node's own are always type "default", and
 * refuse the statuses of opaque responses (0) and of some without a body, so those are set here.
 */
function served(body: string, served: Served = {}) {
	const response = new Response(body, {
		headers: { 'content-type': served.contentType ?? 'text/html; charset=utf-8' }
	});
	return Object.defineProperties(response, {
		status: { value: served.status ?? 200 },
		type: { value: served.type ?? 'basic' },
		redirected: { value: served.redirected ?? false },
		url: { value: served.url ?? `${ORIGIN}/lessons/` }
	});
}

describe('isStorable', () => {
	it('keeps one of the site’s own pages, and its data and code', async () => {
		expect(await isStorable(served(PAGE), ORIGIN)).toBe(true);
		const data = { contentType: 'application/json', url: `${ORIGIN}/lessons/__data.json` };
		expect(await isStorable(served('{"type":"data"}', data), ORIGIN)).toBe(true);
		const code = { contentType: 'text/javascript', url: `${ORIGIN}/_app/immutable/start.js` };
		expect(await isStorable(served('export {}', code), ORIGIN)).toBe(true);
	});

	it('refuses a directory listing, which is 200 text/html without the page’s mark', async () => {
		expect(await isStorable(served(LISTING), ORIGIN)).toBe(false);
	});

	it('refuses the mark when it is only in the body, not the head', async () => {
		const quoted = `<html><head><title>x</title></head><body>${PAGE_MARK}</body></html>`;
		expect(await isStorable(served(quoted), ORIGIN)).toBe(false);
	});

	it('refuses the error page, whatever its status', async () => {
		expect(await isStorable(served(ERROR_PAGE, { status: 404 }), ORIGIN)).toBe(false);
		expect(await isStorable(served(ERROR_PAGE), ORIGIN)).toBe(false);
	});

	it('refuses a response that followed a redirect, and a redirect itself', async () => {
		expect(await isStorable(served(PAGE, { redirected: true }), ORIGIN)).toBe(false);
		expect(await isStorable(served('', { status: 301 }), ORIGIN)).toBe(false);
		expect(await isStorable(served('', { status: 0, type: 'opaqueredirect' }), ORIGIN)).toBe(false);
	});

	it('refuses opaque and cross-origin responses', async () => {
		expect(await isStorable(served('', { status: 0, type: 'opaque' }), ORIGIN)).toBe(false);
		expect(await isStorable(served(PAGE, { type: 'cors' }), ORIGIN)).toBe(false);
		expect(await isStorable(served(PAGE, { url: 'https://elsewhere.example/' }), ORIGIN)).toBe(
			false
		);
	});

	it('refuses anything but a whole, successful response', async () => {
		for (const status of [206, 204, 304, 403, 404, 500]) {
			const json = { status, contentType: 'application/json' };
			expect(await isStorable(served('{}', json), ORIGIN), String(status)).toBe(false);
		}
	});

	it('leaves the response it read unread, to be kept or served', async () => {
		const response = served(PAGE);
		await isStorable(response, ORIGIN);
		expect(await response.text()).toBe(PAGE);
	});
});

describe('the marks', () => {
	it('are where the build writes them: every page, and the error page', () => {
		expect(readFileSync('src/app.html', 'utf8')).toContain(`<meta ${PAGE_MARK} />`);
		expect(readFileSync('src/lib/site/ErrorMessage.svelte', 'utf8')).toContain(
			`<meta ${ERROR_PAGE_MARK} `
		);
	});
});
