import { escapeHtml } from '$lib/model/html.ts';
import { SITE_NAME } from '$lib/site/site.ts';

/** The iframe a host page pastes to show an embed address at a given height in pixels. */
export function iframeCode(src: string, height: number): string {
	return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(SITE_NAME)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export const MIN_EMBED_HEIGHT = 320;
export const MAX_EMBED_HEIGHT = 2000;

/** A height typed by a person: whole pixels within limits, or the default when unusable. */
export function embedHeight(value: unknown, fallback = 640): number {
	const number = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
	if (!Number.isFinite(number)) return fallback;
	return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.round(number)));
}
