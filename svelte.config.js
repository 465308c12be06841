import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { absolutePage } from './src/lib/hosting/absolute-page.js';
import { engineChunk, withEnginePreload } from './src/lib/hosting/engine-preload.js';

const basePath = process.env.BASE_PATH ?? '';
// BUILD_DIR lets tests and the benchmark build other event folders (EVENTS_DIR) side by side.
const buildDir = process.env.BUILD_DIR ?? 'build';

/**
 * Gives every prerendered page that draws a timeline a preload of its engine's chunk.
 * @param {string} manifestFile Vite's client build manifest
 * @returns {number} how many pages were given it
 */
function preloadEngineInPages(manifestFile) {
	const chunk = engineChunk(JSON.parse(readFileSync(manifestFile, 'utf8')));
	let pages = 0;
	for (const entry of readdirSync(buildDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		const html = readFileSync(file, 'utf8');
		const next = withEnginePreload(html, chunk);
		if (next === html) continue;
		writeFileSync(file, next);
		pages++;
	}
	return pages;
}

/**
 * Pages that draw a timeline preload its engine (src/lib/hosting/engine-preload.js).
 * Static hosts answer unknown addresses with 404.html. The adapter's own fallback page is an
 * empty shell that cannot fetch the layout's data on such a host (no header links, nothing
 * without JavaScript), so instead the route /404 (src/routes/404) is prerendered like any other
 * page, in the full layout, as 404.html; here every address in it is made to start from the
 * site's root, since the host serves it at any depth.
 */
function withNotFoundPage(staticAdapter) {
	return {
		...staticAdapter,
		async adapt(builder) {
			await staticAdapter.adapt(builder);
			const manifest = join(
				builder.config.kit.outDir,
				'output',
				'client',
				'.vite',
				'manifest.json'
			);
			if (preloadEngineInPages(manifest) === 0) {
				throw new Error('No prerendered page draws a timeline, so none preloads its engine');
			}
			const file = join(buildDir, '404.html');
			writeFileSync(file, await absolutePage(readFileSync(file, 'utf8'), basePath));
		}
	};
}

/** The timeline picture's inline script (src/lib/timeline/early-input-script.js), as the CSP names it. */
const earlyInputHash = `sha256-${createHash('sha256')
	.update(
		readFileSync(new URL('./src/lib/timeline/early-input-script.js', import.meta.url), 'utf8')
	)
	.digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: withNotFoundPage(adapter({ pages: buildDir, assets: buildDir, strict: true })),
		paths: { base: basePath, relative: true },
		prerender: {
			// The origin the site is built for (SITE_ORIGIN, e.g. https://kz.example), so that a
			// page's address is its real one; SvelteKit checks that it is an origin.
			...(process.env.SITE_ORIGIN ? { origin: process.env.SITE_ORIGIN } : {}),
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Event pages are independent; rendering several at once roughly halves a large build.
			concurrency: 4,
			// An events folder with no lessons (EVENTS_DIR) has no lesson pages to prerender, and one
			// imported from TimelineJS, which has no quotes, has no source pages.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/lessons/[id]' && route !== '/sources/[id]'))
					throw new Error(message);
			}
		},
		// Prerendered pages carry this as a <meta http-equiv> tag, with a hash of each inline
		// script SvelteKit writes and of the timeline picture's own; no other inline script may run. Svelte and vis-timeline set
		// inline styles, so those are allowed. A <meta> policy cannot hold frame-ancestors: a
		// host that wants to limit who may embed the site must send that as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', earlyInputHash],
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
		// A page's stylesheets go inline (the largest, vis-timeline's, is 18 KB), so that nothing
		// holds up the first paint: linked, they queue behind the two dozen modulepreloads, and on
		// a host that speaks HTTP/1.1 (six connections at a time) they wait for them. SvelteKit
		// links the CSS of the engine's lazy chunk in every page with a timeline, so it is here too.
		inlineStyleThreshold: 20_000,
		// `npm run check` type-checks the command line in tools/ with the site.
		typescript: {
			config: (tsconfig) => ({ ...tsconfig, include: [...tsconfig.include, '../tools/**/*.ts'] })
		},
		outDir: process.env.BUILD_DIR ? `.svelte-kit/${buildDir.replace(/\W+/g, '-')}` : '.svelte-kit'
	}
};

export default config;
