import { sveltekit } from '@sveltejs/kit/vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './e2e/browser.ts';
import { content } from './src/lib/content/content-plugin.ts';
import { bundleGuard } from './src/lib/server/bundle-guard.ts';

// `npm run analyze` writes a treemap of the client's chunks (gzipped sizes) to .tmp/bundle/.
const analyze = process.env.ANALYZE === '1';

export default defineConfig({
	// Where the built site will be served from (SITE_ORIGIN and BASE_PATH), for the absolute
	// addresses link previews need (og:image): the same on the server and in the browser, whatever
	// address the page is opened at. Empty when not given: pages then name no preview picture.
	define: {
		'import.meta.env.SITE_ROOT': JSON.stringify(
			process.env.SITE_ORIGIN ? `${process.env.SITE_ORIGIN}${process.env.BASE_PATH ?? ''}/` : ''
		)
	},
	plugins: [
		content(),
		sveltekit(),
		bundleGuard(),
		...(analyze
			? (['treemap', 'raw-data'] as const).map((template) =>
					visualizer({
						filename: `.tmp/bundle/client.${template === 'treemap' ? 'html' : 'json'}`,
						template,
						gzipSize: true,
						// SvelteKit builds the server too; only the browser's chunks matter here.
						exclude: [{ file: '**/server/**' }]
					})
				)
			: [])
	],
	test: {
		// A test that asserts nothing passes without testing anything.
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.spec.ts', 'bench/**/*.spec.ts', 'tools/**/*.spec.ts'],
					exclude: [...configDefaults.exclude, '**/*.browser.spec.ts'],
					environment: 'node'
				}
			},
			{
				// Components mounted in a real Chromium: the same one, launched the same way, as the
				// end-to-end tests (e2e/browser.ts), so that nothing downloads a browser.
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.browser.spec.ts'],
					// A failing test's screenshot goes beside the other ignored output, not into src/.
					attachmentsDir: '.tmp/vitest/attachments',
					browser: {
						enabled: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions() }),
						instances: [{ browser: 'chromium' }],
						headless: true,
						// The desktop width the browser tests and the benchmark use.
						viewport: { width: 1280, height: 800 },
						screenshotDirectory: '.tmp/vitest/screenshots'
					}
				}
			}
		]
	}
});
