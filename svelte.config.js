import adapter from '@sveltejs/adapter-static';

const basePath = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ fallback: '404.html', strict: true }),
		paths: { base: basePath, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
