import adapter from '@sveltejs/adapter-static';

const basePath = process.env.BASE_PATH ?? '';
// BUILD_DIR lets tests and the benchmark build other event folders (EVENTS_DIR) side by side.
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
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
		outDir: process.env.BUILD_DIR ? `.svelte-kit/${buildDir.replace(/\W+/g, '-')}` : '.svelte-kit'
	}
};

export default config;
