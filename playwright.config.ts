import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser.ts';
import { SITE_PORT as port } from './e2e/ports.ts';

// E2E_SERVERS=site starts only the real site (on vite preview and on a folder-first host) and the
// host page, for running a few specs that need no other build while working; CI and `npm test`
// start every server.
const onlySite = process.env.E2E_SERVERS === 'site';

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	// On the 2-core CI machine, two workers share it with five servers: a page whose chunks go
	// through page.route() can take longer than the default 5 s to hydrate. Waits, not timings.
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: chromiumLaunchOptions(),
		// The worker claims a page on its first visit and answers from its cache, where a test's
		// page.route() cannot see the requests. The specs about it opt in with 'allow'.
		serviceWorkers: 'block',
		trace: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: [
		{
			command: `npm run build && npx vite preview --port ${port} --strictPort`,
			// Told where it is served, as a real host's build is, so that pages name their preview.
			env: { SITE_ORIGIN: `http://localhost:${port}` },
			port,
			reuseExistingServer: false,
			timeout: 180_000
		},
		{
			// A course page on another origin, for the embed tests.
			command: 'node e2e/host-server.mjs',
			env: { HOST_PORT: String(port + 6) },
			port: port + 6,
			reuseExistingServer: false
		},
		{
			// The same build/ on a host that looks for a folder before a file, as nginx does. It
			// reads files as they are asked for; the site's server above is ready only once the
			// build is, and no test starts before every server is ready.
			command: 'node e2e/folder-first-server.mjs',
			env: { FOLDER_FIRST_PORT: String(port + 1), FOLDER_FIRST_ROOT: 'build' },
			port: port + 1,
			reuseExistingServer: false
		},
		...(onlySite ? [] : extraServers())
	]
});

function extraServers() {
	return [
		{
			// The same site built for a sub-path, as a school server might host it.
			command: `npx vite build && npx vite preview --port ${port + 7} --strictPort`,
			env: { BASE_PATH: '/kz-timeline', BUILD_DIR: '.tmp/build-subpath' },
			port: port + 7,
			reuseExistingServer: false,
			timeout: 180_000
		},
		{
			// 10,000 synthetic events from the benchmark's seeded generator, for the scale tests.
			command: `node bench/generate.mjs 10000 && npx vite build && npx vite preview --port ${port + 9} --strictPort`,
			env: { EVENTS_DIR: '.tmp/bench/events-10000', BUILD_DIR: '.tmp/build-scale' },
			port: port + 9,
			reuseExistingServer: false,
			timeout: 900_000
		},
		{
			// A site built from events whose every string is an attack (e2e/xss.e2e.ts).
			command: `npx vite build && npx vite preview --port ${port + 8} --strictPort`,
			env: { EVENTS_DIR: 'e2e/fixtures/xss-events', BUILD_DIR: '.tmp/build-xss' },
			port: port + 8,
			reuseExistingServer: false,
			timeout: 180_000
		}
	];
}
