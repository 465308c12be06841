import { sveltekit } from '@sveltejs/kit/vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig } from 'vitest/config';
import { content } from './src/lib/content/content-plugin.ts';
import { bundleGuard } from './src/lib/server/bundle-guard.ts';

// `npm run analyze` writes a treemap of the client's chunks (gzipped sizes) to .tmp/bundle/.
const analyze = process.env.ANALYZE === '1';

export default defineConfig({
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
		include: ['src/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node',
		// A test that asserts nothing passes without testing anything.
		expect: { requireAssertions: true }
	}
});
