import adapter from '@sveltejs/adapter-static';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const basePath = process.env.BASE_PATH ?? '';
// BUILD_DIR lets tests and the benchmark build other event folders (EVENTS_DIR) side by side.
const buildDir = process.env.BUILD_DIR ?? 'build';
const fallback = '404.html';

/**
 * A static host answers unknown addresses with 404.html. SvelteKit writes it as an empty shell
 * that the client router fills with the error page, so without JavaScript it would be blank:
 * this adds the same message and links for readers who have JavaScript turned off.
 */
function withNoScriptNotFound(staticAdapter) {
	return {
		...staticAdapter,
		async adapt(builder) {
			await staticAdapter.adapt(builder);
			const file = join(buildDir, fallback);
			const link = (path, text) => `<li><a href="${basePath}${path}">${text}</a></li>`;
			const message = `<noscript><main style="display:block;max-width:48rem;margin:0 auto;padding:2rem 1rem">
<h1>Page not found</h1>
<p>Nothing is at this address. It may be mistyped, or it names an event, lesson or source that the timeline does not have.</p>
<ul>${link('/', 'The explorer')}${link('/lessons', 'Lessons')}${link('/figures', 'Figures')}</ul>
</main></noscript>`;
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(/<body[^>]*>/, (body) => body + message)
			);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: withNoScriptNotFound(
			adapter({ pages: buildDir, assets: buildDir, fallback, strict: true })
		),
		paths: { base: basePath, relative: true },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Event pages are independent; rendering several at once roughly halves a large build.
			concurrency: 4,
			// An events folder with no lessons (EVENTS_DIR) has no lesson pages to prerender.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/lessons/[id]')) throw new Error(message);
			}
		},
		// Prerendered pages carry this as a <meta http-equiv> tag, with a hash of each inline
		// script SvelteKit writes; no other inline script may run. Svelte and vis-timeline set
		// inline styles, so those are allowed. A <meta> policy cannot hold frame-ancestors: a
		// host that wants to limit who may embed the site must send that as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		outDir: process.env.BUILD_DIR ? `.svelte-kit/${buildDir.replace(/\W+/g, '-')}` : '.svelte-kit'
	}
};

export default config;
