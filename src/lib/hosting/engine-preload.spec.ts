import { describe, expect, it } from 'vitest';
import { ENGINE_MODULE, engineChunk, withEnginePreload } from './engine-preload.js';

const chunk = '_app/immutable/chunks/Engine1.js';

/** The head SvelteKit writes for a page at `prefix`, with or without a timeline in its body. */
function page(prefix: string, timeline: boolean) {
	return [
		'<head>',
		`<link href="${prefix}_app/immutable/entry/start.Abc.js" rel="modulepreload">`,
		`<link href="${prefix}_app/immutable/entry/app.Def.js" rel="modulepreload">`,
		'</head><body>',
		timeline ? '<div class="canvas svelte-x1" role="group"></div>' : '<main></main>',
		'</body>'
	].join('\n');
}

describe('engineChunk', () => {
	it('names the chunk Vite built for the engine module', () => {
		expect(engineChunk({ [ENGINE_MODULE]: { file: chunk } })).toBe(chunk);
	});

	it('fails loudly when the manifest has no such chunk', () => {
		expect(() => engineChunk({})).toThrow(ENGINE_MODULE);
	});
});

describe('withEnginePreload', () => {
	it('preloads the engine from a timeline page, counted from its address', () => {
		for (const prefix of ['./', '../../', '/kz-timeline/']) {
			const html = withEnginePreload(page(prefix, true), chunk);
			expect(html).toContain(`<link href="${prefix}${chunk}" rel="modulepreload">`);
			// Beside SvelteKit's own preloads, so it downloads with them.
			expect(html.indexOf(chunk)).toBeLessThan(html.indexOf('app.Def.js'));
		}
	});

	it('leaves pages without a timeline, and pages already done, alone', () => {
		const plain = page('./', false);
		expect(withEnginePreload(plain, chunk)).toBe(plain);
		const once = withEnginePreload(page('./', true), chunk);
		expect(withEnginePreload(once, chunk)).toBe(once);
	});

	it('fails loudly when SvelteKit’s preloads are not where it expects them', () => {
		expect(() => withEnginePreload('<div class="canvas"></div>', chunk)).toThrow(/start/);
	});
});
