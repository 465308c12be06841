// Plain JavaScript: svelte.config.js loads this in Node before anything is compiled.

/** The module that imports vis-timeline, loaded dynamically by src/lib/timeline/engine.ts. */
export const ENGINE_MODULE = 'src/lib/timeline/vis-adapter.ts';

/**
 * The client chunk that carries the engine, from Vite's build manifest.
 * @param {Record<string, { file: string }>} manifest
 * @returns {string} e.g. `_app/immutable/chunks/JYztqWHc.js`
 */
export function engineChunk(manifest) {
	const file = manifest[ENGINE_MODULE]?.file;
	if (!file) throw new Error(`The client build manifest has no chunk for ${ENGINE_MODULE}`);
	return file;
}

/**
 * SvelteKit preloads what a page imports statically; the engine is imported dynamically, so it
 * would start downloading only once the page's scripts have run. A page that draws a timeline
 * (its canvas is in the prerendered HTML) is given a modulepreload link for the engine's chunk
 * too, beside SvelteKit's own and counted from the page's address as they are, so that it
 * downloads in parallel with them. Other pages are returned as they were.
 *
 * @param {string} html a prerendered page
 * @param {string} chunk the engine's chunk, from the build folder's root
 * @returns {string}
 */
export function withEnginePreload(html, chunk) {
	if (!/<div[^>]*\bclass="canvas[\s"]/.test(html) || html.includes(chunk)) return html;
	const start =
		/<link href="((?:\.\.?\/)+|\/[^"]*?)_app\/immutable\/entry\/start\.[^"]+" rel="modulepreload">/.exec(
			html
		);
	if (!start) throw new Error('A timeline page has no modulepreload link for SvelteKit’s start');
	const link = `<link href="${start[1]}${chunk}" rel="modulepreload">`;
	return html.replace(start[0], `${start[0]}\n\t\t${link}`);
}
