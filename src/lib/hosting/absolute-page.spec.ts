import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { absolutePage } from './absolute-page.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

// The shape of what SvelteKit prerenders at /404 with paths.relative: every address begins ./
const BOOT = `
	__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
	Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")]);
	if ('serviceWorker' in navigator) { const script_url = './service-worker.js'; }
`;
const prerendered = (boot = BOOT) => `<!doctype html><html><head>
<link rel="icon" href="./favicon.svg" />
<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${sha256(boot)}'; style-src 'self'">
<link href="./_app/immutable/assets/0.css" rel="stylesheet">
</head><body><a href="#main">Skip</a><a href="./">Explorer</a><a href="./lessons/">Lessons</a>
<p>A quote with "./" in it stays as written.</p><script>${boot}</script></body></html>`;

function inlineScript(html: string) {
	return html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
}

describe('absolutePage', () => {
	it.each([
		['names every address from the site’s root, so it works at any depth', ''],
		['puts the base path in front, for a site built under one', '/kz-timeline']
	])('%s', async (_name, base) => {
		const page = await absolutePage(prerendered(), base);
		expect(page).toContain(`<link rel="icon" href="${base}/favicon.svg" />`);
		expect(page).toContain(`<link href="${base}/_app/immutable/assets/0.css" rel="stylesheet">`);
		expect(page).toContain(`<a href="${base}/">Explorer</a><a href="${base}/lessons/">Lessons</a>`);
		expect(page).toContain('<a href="#main">Skip</a>');
		expect(page).toContain('<p>A quote with "./" in it stays as written.</p>');
		const boot = inlineScript(page);
		expect(boot).toContain(`__sveltekit_x = { base: "${base}" }`);
		expect(boot).toContain(`import("${base}/_app/immutable/entry/start.js")`);
		expect(boot).toContain(`import("${base}/_app/immutable/entry/app.js")`);
		expect(boot).toContain(`const script_url = '${base}/service-worker.js'`);
		expect(page).not.toMatch(/(href|src)="\.\.?\//);
	});

	it('hashes the rewritten boot script into the Content Security Policy', async () => {
		const page = await absolutePage(prerendered(), '');
		expect(page).toContain(`'sha256-${sha256(inlineScript(page))}'`);
		expect(page).not.toContain(`'sha256-${sha256(BOOT)}'`);
	});

	it('fails the build rather than write a page whose script the policy would block', async () => {
		const unhashed = prerendered().replace(/'sha256-[^']+'/, "'sha256-other'");
		await expect(absolutePage(unhashed, '')).rejects.toThrow(/no hash in the CSP/);
	});

	it('fails the build where a relative address is left that it does not know', async () => {
		const boot = `${BOOT} fetch(new URL("./x", location));`;
		await expect(absolutePage(prerendered(boot), '')).rejects.toThrow(/relative address/);
	});
});
