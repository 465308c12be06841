import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XSS_PORT } from './ports.ts';
import { ROUTES } from './routes.ts';

/** The policy's directives, each with its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources])
	);
}

const metaPolicy = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? null;

const inlineScripts = (html: string) =>
	[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The checks every page's policy must pass: no inline script but SvelteKit's own, hashed. Images
 * come from the site itself only, but on the pages of a teacher's own timeline (under make/),
 * which may show an https: image when the reader asks for it.
 */
function expectStrictPolicy(policy: string | null, html: string, where: string) {
	expect(policy, `${where} has a policy`).not.toBeNull();
	const directives = parsePolicy(policy!);
	const scriptSrc = directives.get('script-src') ?? [];
	expect(scriptSrc, where).toContain("'self'");
	expect(scriptSrc, where).not.toContain("'unsafe-inline'");
	expect(scriptSrc, where).not.toContain("'unsafe-eval'");
	expect(directives.get('default-src'), where).toEqual(["'self'"]);
	expect(directives.get('object-src'), where).toEqual(["'none'"]);
	expect(directives.get('base-uri'), where).toEqual(["'self'"]);
	expect(directives.get('form-action'), where).toEqual(["'self'"]);
	expect(directives.get('frame-src'), where).toEqual(["'self'"]);
	const teachersOwn = /(^|\/)make(\/|$)/.test(where.replace(/\/index\.html$/, ''));
	expect(directives.get('img-src'), where).toEqual(
		teachersOwn ? ["'self'", 'data:', 'https:'] : ["'self'", 'data:']
	);
	const scripts = inlineScripts(html);
	expect(scripts.length, `${where} boots from an inline script`).toBeGreaterThan(0);
	for (const script of scripts)
		expect(scriptSrc, `${where}: an inline script`).toContain(sha256(script));
}

test('every page carries a Content Security Policy that allows only its own inline scripts', async ({
	request
}) => {
	for (const route of ROUTES) {
		const response = await request.get(route.path);
		const html = await response.text();
		// Prerendered pages carry it as a <meta> tag; the 404 that vite preview renders on
		// request, as a header.
		const policy = metaPolicy(html) ?? response.headers()['content-security-policy'] ?? null;
		expectStrictPolicy(policy, html, route.name);
	}
});

/** Every HTML file under a build folder. */
const htmlFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.map((path) => join(dir, path));

test('every HTML file the builds wrote carries the same strict policy', () => {
	const count = (dir: string, extension: string) =>
		readdirSync(dir).filter((name) => name.endsWith(extension)).length;
	// An index, events, lessons, lesson builder, shared lesson, figures, about, embed, shared
	// lesson's embed and 404 page; the maker, its explorer, its lesson, its shared timeline and its
	// embed; and one per event, lesson and source.
	expect(htmlFiles('build')).toHaveLength(
		15 + count('events', '.md') + count('events/lessons', '.yaml') + count('events/sources', '.md')
	);
	for (const page of ['make', 'make/view', 'make/lesson', 'make/shared', 'make/embed'])
		expect(htmlFiles('build')).toContain(`build/${page}/index.html`);
	expect(htmlFiles('build')).toContain('build/404.html');
	// The builds the web servers wrote before any test: the site, its sub-path copy and the
	// site whose every string is an attack.
	for (const dir of ['build', '.tmp/build-subpath', '.tmp/build-xss']) {
		const pages = htmlFiles(dir);
		expect(pages.length, dir).toBeGreaterThan(6);
		for (const path of pages) {
			const html = readFileSync(path, 'utf8');
			expectStrictPolicy(metaPolicy(html), html, path);
		}
	}
});

test('links that open a new tab or leave the site cannot reach back into it', async ({ page }) => {
	const pages = [
		...ROUTES.map((route) => route.path),
		// The only source with a link to its original, and every payload in its fields.
		`http://localhost:${XSS_PORT}/sources/xss-source`
	];
	let checked = 0;
	for (const path of pages) {
		await page.goto(path);
		const links = await page
			.locator('a[href]')
			.evaluateAll((anchors) =>
				(anchors as HTMLAnchorElement[])
					.filter((anchor) => anchor.target === '_blank' || anchor.origin !== location.origin)
					.map((anchor) => ({ href: anchor.href, rel: anchor.rel.split(/\s+/) }))
			);
		for (const link of links) {
			expect(link.rel, `${link.href} on ${path}`).toEqual(
				expect.arrayContaining(['noopener', 'noreferrer'])
			);
		}
		checked += links.length;
	}
	// The embed's "Open in full explorer" and the source's "Original article", at least.
	expect(checked).toBeGreaterThanOrEqual(2);
});
