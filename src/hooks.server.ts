import type { Handle } from '@sveltejs/kit';

// svelte.config.js's policy allows images from the site itself only. The pages of a teacher's own
// timeline may also show an image from another site, but only when the reader asks for it
// (details/ElsewhereLinks.svelte), so their policy alone adds https: images. Nothing else widens.
const STRICT_IMAGES = "img-src 'self' data:;";
const WIDER_IMAGES = "img-src 'self' data: https:;";

export const handle: Handle = ({ event, resolve }) => {
	if (!event.route.id?.startsWith('/make')) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace(STRICT_IMAGES, WIDER_IMAGES)
	});
};
