import { describe, expect, it } from 'vitest';
import { lint, lintRule } from './testing/lint.ts';

// The import boundaries of eslint.config.js, each shown to fire at a realistic path and to let
// the allowed import through. The snippets export what they import so that they lint clean.
// An import must resolve to be checked, so each names a module that exists.

const RESTRICTED = 'import-x/no-restricted-paths';
const NODE = 'import-x/no-nodejs-modules';

const svelte = (script: string) => `<script lang="ts">\n${script}\n</script>\n`;

/** A table's case: the snippet at `filePath` draws exactly one message of `ruleId`, this one. */
const reportsOnly = (ruleId: string, message: string) => async (filePath: string, code: string) => {
	expect(await lintRule(filePath, code, ruleId)).toEqual([expect.stringContaining(message)]);
};

describe('only src/lib/timeline/ imports vis-timeline and vis-data', { timeout: 120_000 }, () => {
	it.each([
		['src/lib/explorer/explorer.svelte.ts', "export { Timeline } from 'vis-timeline/esnext';"],
		['src/lib/details/format.ts', "export { DataSet } from 'vis-data';"],
		['src/lib/exports/csv.spec.ts', "export { DataSet } from 'vis-data/esnext';"],
		['src/routes/+page.ts', "export const load = () => import('vis-timeline/esnext');"],
		[
			'src/lib/explorer/ExplorerPage.svelte',
			svelte("import 'vis-timeline/styles/vis-timeline-graph2d.min.css';")
		]
	])('%s may not', reportsOnly(RESTRICTED, 'Only src/lib/timeline/ uses vis-timeline'));

	it('the adapter may', async () => {
		const code = [
			"import 'vis-timeline/styles/vis-timeline-graph2d.min.css';",
			"export { DataSet } from 'vis-data/esnext';",
			"export { Timeline } from 'vis-timeline/esnext';"
		].join('\n');
		expect(await lint('src/lib/timeline/vis-adapter.ts', code)).toEqual([]);
	});
});

describe('client code imports no build-time or server-only module', { timeout: 120_000 }, () => {
	it.each([
		[
			'src/lib/explorer/filters.ts',
			"export { readContentDir } from '$lib/content/read-content-dir.ts';"
		],
		['src/lib/exports/csv.ts', "export { readContentDir } from '../content/read-content-dir.ts';"],
		['src/lib/charts/chart-data.ts', "export { events } from '$lib/server/content.ts';"],
		['src/routes/+layout.ts', "export { themes } from '$lib/server/content.ts';"],
		['src/lib/lessons/lesson-steps.svelte.ts', "export * from '$lib/content/content-plugin.ts';"],
		['src/routes/+page.svelte', svelte("import { events } from '$lib/server/content.ts';\nevents;")]
	])(
		'%s may not import content/ or server/',
		reportsOnly(RESTRICTED, 'Client code must not import build-time (content/)')
	);

	it.each([
		['src/lib/model/url-state.ts', "export { readFileSync } from 'node:fs';"],
		['src/lib/embed/resize.svelte.ts', "export { join } from 'path';"],
		['src/routes/+layout.ts', "export { readFileSync } from 'node:fs';"],
		['src/service-worker.ts', "export { createHash } from 'node:crypto';"],
		['src/routes/embed/+page.svelte', svelte("import { join } from 'node:path';\njoin;")],
		['src/lib/finder/names.ts', "export { readFileSync } from 'node:fs';"],
		['src/lib/documents/decode-text.ts', "export { readFileSync } from 'node:fs';"]
	])('%s may not import a Node module', reportsOnly(NODE, 'Do not import Node.js builtin module'));

	it.each(['src/lib/content/read-content-dir.ts', 'src/lib/collection/charts.ts'])(
		'only the server route files import src/lib/server/, not %s',
		async (filePath) => {
			const code = "export { events } from '$lib/server/content.ts';";
			// collection/ is client code too, so other rules may fire as well.
			expect(await lintRule(filePath, code, RESTRICTED)).toContainEqual(
				expect.stringContaining('src/lib/server/ is for the server route files')
			);
		}
	);

	it.each([
		"export { foldText } from '../collection/quotes.ts';",
		"export { default } from '../ui/CopyButton.svelte';"
	])('finder/ imports only itself and the model, not %s', async (code) => {
		expect(await lintRule('src/lib/finder/names.ts', code, RESTRICTED)).toContainEqual(
			expect.stringContaining('finder/ runs in the browser and in Node')
		);
	});

	it.each([
		"export { findEvents } from '../finder/find-events.ts';",
		"export { default } from '../ui/CopyButton.svelte';"
	])('documents/ imports only itself, collection/ and the model, not %s', async (code) => {
		expect(await lintRule('src/lib/documents/page-text.ts', code, RESTRICTED)).toContainEqual(
			expect.stringContaining('documents/ runs in the browser and in Node')
		);
	});

	it.each([
		[
			'src/lib/lesson-builder/lesson-file.ts',
			"export { buildCollection } from '$lib/collection/collection.ts';"
		],
		['src/lib/explorer/filters.ts', "export { foldText } from '$lib/collection/quotes.ts';"]
	])('%s may use collection/, which validates in the browser too', async (filePath, code) => {
		expect(await lint(filePath, code)).toEqual([]);
	});

	it.each([
		['src/routes/+page.server.ts', "export { explorerPageData } from '$lib/server/content.ts';"],
		['src/routes/+layout.server.ts', "export { themes } from '$lib/server/content.ts';"],
		['src/routes/events.csv/+server.ts', "export { events } from '$lib/server/content.ts';"],
		['src/routes/events/[id]/+page.server.ts', "export { readFileSync } from 'node:fs';"],
		['src/lib/server/content.ts', "export { buildCollection } from '$lib/content/collection.ts';"],
		['src/lib/content/read-content-dir.ts', "export { readFileSync } from 'node:fs';"],
		['src/lib/content/collection.ts', "export { eventExtent } from '../model/precision.ts';"],
		['src/lib/content/problems.ts', "export { join } from 'node:path';"],
		[
			'src/lib/finder/notation.ts',
			"export { isoPartialDate } from '../model/precision.ts';\nexport { en } from 'chrono-node';"
		],
		[
			'src/lib/documents/markdown-text.ts',
			"export { splitFrontMatter } from '../collection/frontmatter.ts';\nexport { Readability } from '@mozilla/readability';"
		],
		[
			'src/lib/exports/csv.spec.ts',
			"export { readContentDir } from '$lib/content/read-content-dir.ts';\nexport { readFileSync } from 'node:fs';"
		]
	])('%s may', async (filePath, code) => {
		expect(await lint(filePath, code)).toEqual([]);
	});
});

describe('the model is the bottom layer', { timeout: 120_000 }, () => {
	it.each([
		["export { default } from '$lib/ui/CopyButton.svelte';", 'The model is DOM-free'],
		["export { default } from '$lib/ui/CopyButton.svelte';", 'The model is the bottom layer'],
		["export { default } from '../themes/ThemeShape.svelte';", 'The model is DOM-free'],
		["export * from '$lib/charts/format.ts';", 'The model is the bottom layer'],
		["export * from '../themes/shapes.ts';", 'The model is the bottom layer'],
		["export * from '$lib/explorer/explorer.svelte.ts';", 'The model is the bottom layer']
	])('%s is reported: %s', async (code, message) => {
		expect(await lintRule('src/lib/model/filter.ts', code, RESTRICTED)).toContainEqual(
			expect.stringContaining(message)
		);
	});

	it('it imports other model modules and packages', async () => {
		const code = [
			"export type { TimelineEvent } from './types.ts';",
			"export { eventExtent } from './precision.ts';",
			"export { format } from 'date-fns';",
			"export { z } from 'zod';"
		].join('\n');
		expect(await lint('src/lib/model/filter.ts', code)).toEqual([]);
	});
});

describe(
	'content/, collection/, documents/, finder/ and model/ import relatively, since they are loaded in Node',
	{ timeout: 120_000 },
	() => {
		it.each([
			['src/lib/content/collection.ts', "export { eventExtent } from '$lib/model/precision.ts';"],
			['src/lib/model/filter.ts', "export type { TimelineEvent } from '$lib/model/types.ts';"],
			['src/lib/finder/notation.ts', "export { isoPartialDate } from '$lib/model/precision.ts';"],
			['src/lib/documents/page-text.ts', "export { parseInline } from '$lib/model/markdown.ts';"]
		])('a $lib import in %s is reported', async (filePath, code) => {
			expect(await lint(filePath, code)).toContainEqual(
				expect.stringContaining(
					'content/, collection/, documents/, finder/ and model/ are loaded in Node'
				)
			);
		});

		it('a relative import is not', async () => {
			const code = "export { eventExtent } from '../model/precision.ts';";
			expect(await lint('src/lib/content/collection.ts', code)).toEqual([]);
		});
	}
);

describe('what else stays out of client code', { timeout: 120_000 }, () => {
	it('only timeline/ loads the adapter, which brings vis-timeline with it', async () => {
		const code = "export const engine = () => import('$lib/timeline/vis-adapter.ts');";
		expect(await lintRule('src/lib/explorer/session.svelte.ts', code, RESTRICTED)).toEqual([
			expect.stringContaining('Only src/lib/timeline/ loads the adapter')
		]);
		expect(await lint('src/lib/timeline/engine.ts', code)).toEqual([]);
	});

	it.each([
		[
			'src/lib/explorer/session.svelte.ts',
			"export { harness } from '$lib/testing/explorer-harness.svelte.ts';"
		],
		['src/lib/narrative/list-window.ts', "export { timelineEvent } from '$lib/model/fixtures.ts';"],
		['src/lib/timeline/vis-adapter.ts', "export { FakeEngine } from './fake-engine.ts';"],
		['src/lib/themes/theme-style.ts', "export { default } from '$lib/testing/WithContent.svelte';"]
	])('%s may not import a test helper', async (filePath, code) => {
		expect(await lintRule(filePath, code, RESTRICTED)).toContainEqual(
			expect.stringContaining('Test helpers are for specs')
		);
	});

	it('a browser spec may mount a component inside a test helper', async () => {
		const code = "export { default } from '$lib/testing/WithContent.svelte';";
		expect(await lint('src/lib/themes/ThemeTags.browser.spec.ts', code)).toEqual([]);
	});

	it('a param matcher outside lib/ and routes/ is client code too', async () => {
		const code = "export { events } from '$lib/server/content.ts';";
		expect(await lintRule('src/params/year.ts', code, RESTRICTED)).toEqual([
			expect.stringContaining('Client code must not import build-time (content/)')
		]);
	});

	it('content/ imports nothing that runs in the browser', async () => {
		const code = "export { ExplorerSession } from '../explorer/session.svelte.ts';";
		expect(await lintRule('src/lib/content/collection.ts', code, RESTRICTED)).toEqual([
			expect.stringContaining('content/ is loaded by vite.config.ts in Node')
		]);
	});

	it.each([
		['src/lib/explorer/session.svelte.ts', "export { default } from 'virtual:kz-content';"],
		['src/lib/model/filter.ts', "export { default } from 'virtual:kz-content';"]
	])(
		'%s may not read the collection itself',
		reportsOnly('no-restricted-imports', 'Only src/lib/server/ reads the collection')
	);

	it('the model uses no SvelteKit or Svelte runtime', async () => {
		const code = "export { page } from '$app/state';";
		expect(await lintRule('src/lib/model/filter.ts', code, 'no-restricted-imports')).toContainEqual(
			expect.stringContaining('no SvelteKit or Svelte runtime')
		);
	});
});

describe(
	'one import style: a module of ours is named with its extension',
	{ timeout: 120_000 },
	() => {
		it.each([
			['src/lib/model/filter.ts', "export { eventExtent } from './precision';"],
			['src/lib/explorer/step-keys.ts', "export { Explorer } from '$lib/explorer/explorer.svelte';"]
		])('%s is reported: %s', async (filePath, code) => {
			expect(await lintRule(filePath, code, 'import-x/extensions')).toHaveLength(1);
		});

		it('the extension, a package or a SvelteKit module is not', async () => {
			const code = [
				"export { eventExtent } from './precision.ts';",
				"export { format } from 'date-fns';"
			].join('\n');
			expect(await lint('src/lib/model/filter.ts', code)).toEqual([]);
			const kit = "export { resolve } from '$app/paths';";
			expect(await lint('src/lib/explorer/step-keys.ts', kit)).toEqual([]);
		});
	}
);
