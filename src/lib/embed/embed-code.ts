import { escapeHtml } from '$lib/model/html.ts';
import { siteName } from '$lib/site/site.ts';

/**
 * The embed's address under the site's root (`resolve('/')`, which ends in a slash). The path
 * ends in a slash too: that is the form every static host serves, as the folder's index.html.
 */
export function embedPath(root: string, query: URLSearchParams | string): string {
	const search = query.toString();
	return `${root}embed/${search ? `?${search}` : ''}`;
}

/**
 * The embed of a lesson made in the lesson builder: the lesson's link code goes in the
 * #fragment, as on its page, so that it never reaches a server; the query is the embed's own.
 */
export function builtLessonEmbedPath(
	root: string,
	code: string,
	query: URLSearchParams | string = ''
): string {
	const search = query.toString();
	return `${root}embed/lesson/${search ? `?${search}` : ''}#${code}`;
}

/** The resize helper the site serves (static/embed-resize.js), under the site's root. */
export function resizeHelperPath(root: string): string {
	return `${root}embed-resize.js`;
}

/**
 * What a screen reader on the host page reads out for an embed: the site's name, after the
 * lesson's when it shows one.
 */
export function embedTitle(collectionTitle: string, lessonTitle?: string | null): string {
	const site = siteName(collectionTitle);
	return lessonTitle ? `${lessonTitle} — ${site}` : site;
}

/** The iframe a host page pastes to show an embed address at a given height in pixels. */
export function iframeCode(src: string, height: number, title: string): string {
	return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The tag that loads the resize helper, for a host page to paste once, anywhere. */
export function resizeHelperCode(src: string): string {
	return `<script src="${escapeHtml(src)}" defer></script>`;
}

export const MIN_EMBED_HEIGHT = 320;
export const MAX_EMBED_HEIGHT = 2000;
export const DEFAULT_EMBED_HEIGHT = 640;

/** A height typed by a person: whole pixels within limits, or the default when unusable. */
export function embedHeight(value: unknown, fallback = DEFAULT_EMBED_HEIGHT): number {
	const number = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
	if (!Number.isFinite(number)) return fallback;
	return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.round(number)));
}

/**
 * The longest link given a QR code: past about 2,000 characters, a phone's camera no longer
 * reads a projected code reliably.
 */
export const MAX_QR_LINK = 2000;
