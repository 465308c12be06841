/**
 * What the service worker may keep. A static host can answer a page's address with something
 * that is not the page: a redirect, a directory listing (200 text/html, like any page), an error
 * page, or, from another origin, an opaque response. Kept, any of these would be served in place
 * of the page from then on, so a response is kept only when it is whole, successful and this
 * site's own, and an HTML response only when it carries the mark every page of the build has.
 */

/** A meta tag in src/app.html, so in the head of every page the build writes. */
export const PAGE_MARK = 'name="generator" content="kz-timeline"';
/** A meta tag in the error page's head (site/ErrorMessage.svelte): a page, never one to keep. */
export const ERROR_PAGE_MARK = 'name="kz-timeline-error"';

/** The parts of a Response the decision reads, so that tests can describe one. */
export type ServedResponse = Pick<
	Response,
	'status' | 'type' | 'redirected' | 'url' | 'headers' | 'clone'
>;

export async function isStorable(response: ServedResponse, origin: string): Promise<boolean> {
	// 200 only: a 206 is part of a file, a 304 has no body, every other status is not the file.
	if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
	if (new URL(response.url).origin !== origin) return false;
	const type = response.headers.get('content-type') ?? '';
	if (!/^\s*text\/html\b/i.test(type)) return true;
	const html = await response.clone().text();
	const head = html.slice(0, html.indexOf('</head>'));
	return head.includes(PAGE_MARK) && !head.includes(ERROR_PAGE_MARK);
}
