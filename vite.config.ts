import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { content } from './src/lib/content/content-plugin.ts';

export default defineConfig({
	plugins: [content(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node',
		// A test that asserts nothing passes without testing anything.
		expect: { requireAssertions: true }
	}
});
