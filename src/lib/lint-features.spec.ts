import { describe, expect, it } from 'vitest';
import { lint, lintRule } from './testing/lint.ts';

// README.md's architecture table says who may import each feature folder; featureBoundaries in
// eslint.config.js enforces it. Each folder is shown rejected from a file outside its importers
// and let through from one of them. "Components" are client code in src/lib/ and src/routes/.

const RESTRICTED = 'import-x/no-restricted-paths';

const component = (name: string, from: string) =>
	`<script lang="ts">\n\timport ${name} from '${from}';\n</script>\n\n<${name} />\n`;

describe('who may import each feature folder', { timeout: 120_000 }, () => {
	const explorer = "export * from '$lib/explorer/shell-props.ts';";
	const narrative = "export * from '$lib/narrative/list-window.ts';";
	const timeline = "export * from '$lib/timeline/items.ts';";
	const details = "export { default } from '$lib/details/EventDateLabel.svelte';";
	const charts = "export * from '$lib/charts/format.ts';";
	const embed = "export * from '$lib/embed/resize.svelte.ts';";
	const lessons = "export * from '$lib/lessons/lesson-address.ts';";
	const lessonBuilder = "export * from '$lib/lesson-builder/lesson-link.ts';";
	const exports = "export * from '$lib/exports/csv-writer.ts';";
	const citing = "export * from '$lib/citing/printed-address.ts';";
	const themes = "export * from '$lib/themes/shapes.ts';";
	const ui = "export * from '$lib/ui/hydrated.svelte.ts';";
	const site = "export * from '$lib/site/site.ts';";
	const links = "export * from '$lib/links/link-codec.ts';";
	const sources = "export * from '$lib/sources/highlight.ts';";
	const make = "export * from '$lib/make/read-source-file.ts';";
	const hosting = "export * from '$lib/hosting/storable.ts';";
	const testing = "export * from '$lib/testing/lint.ts';";
	const worksheet = "export * from '$lib/worksheet/worksheet-text.ts';";

	it.each([
		['src/lib/lessons/lesson-address.ts', explorer, 'explorer/ is imported only by'],
		['src/routes/+layout.ts', explorer, 'explorer/ is imported only by'],
		['src/routes/lessons/[id]/+page.server.ts', explorer, 'explorer/ is imported only by'],
		[
			'src/routes/events/+page.svelte',
			component('ExplorerPage', '$lib/explorer/ExplorerPage.svelte'),
			'explorer/ is imported only by'
		],
		['src/lib/timeline/items.ts', narrative, 'narrative/ is imported only by'],
		['src/routes/+page.ts', narrative, 'narrative/ is imported only by'],
		['src/routes/+page.server.ts', timeline, 'timeline/ is for components and server/'],
		['src/service-worker.ts', timeline, 'timeline/ is for components and server/'],
		['src/lib/hosting/storable.ts', timeline, 'timeline/ is for components and server/'],
		['src/routes/events/[id]/+page.server.ts', details, 'details/ is for components'],
		['src/lib/server/content.ts', details, 'details/ is for components'],
		['src/routes/figures.csv/+server.ts', charts, 'charts/ is for components'],
		['src/lib/hosting/storable.ts', embed, 'embed/ is for components'],
		['src/lib/explorer/shell-props.ts', lessons, 'lessons/ is imported only by'],
		['src/routes/lessons/+page.ts', lessons, 'lessons/ is imported only by'],
		['src/routes/embed/lesson/+page.ts', lessons, 'lessons/ is imported only by'],
		['src/lib/lessons/lesson-address.ts', lessonBuilder, 'lesson-builder/ is imported only by'],
		['src/routes/lessons/[id]/+page.ts', lessonBuilder, 'lesson-builder/ is imported only by'],
		['src/routes/embed/+page.ts', lessonBuilder, 'lesson-builder/ is imported only by'],
		['src/routes/+layout.ts', lessonBuilder, 'lesson-builder/ is imported only by'],
		['src/lib/server/content.ts', exports, 'exports/ is for components and server route files'],
		['src/service-worker.ts', exports, 'exports/ is for components and server route files'],
		['src/routes/sources/[id]/+page.server.ts', citing, 'citing/ is for components'],
		['src/lib/server/content.ts', themes, 'themes/ is for components'],
		['src/routes/+layout.server.ts', ui, 'ui/ is for components'],
		['src/params/year.ts', site, 'site/ is for components'],
		['src/lib/server/content.ts', links, 'links/ is for components'],
		['src/routes/sources/[id]/+page.server.ts', sources, 'sources/ is for components'],
		['src/lib/lesson-builder/lesson-link.ts', make, 'make/ is imported only by route /make/'],
		['src/lib/site/site.ts', make, 'make/ is imported only by route /make/'],
		['src/routes/+page.ts', make, 'make/ is imported only by route /make/'],
		['src/routes/lessons/new/+page.ts', make, 'make/ is imported only by route /make/'],
		['src/service-worker.ts', make, 'make/ is imported only by route /make/'],
		['src/lib/site/site.ts', hosting, 'hosting/ is for src/service-worker.ts'],
		['src/routes/+layout.ts', hosting, 'hosting/ is for src/service-worker.ts'],
		['src/hooks.client.ts', hosting, 'hosting/ is for src/service-worker.ts'],
		['src/routes/+page.server.ts', testing, 'testing/ is for specs only'],
		['src/lib/server/content.ts', testing, 'testing/ is for specs only'],
		['src/routes/lessons/[id]/+page.ts', worksheet, 'worksheet/ is imported only by lessons/'],
		['src/lib/explorer/shell-props.ts', worksheet, 'worksheet/ is imported only by lessons/']
	])('%s may not: %s', async (filePath, code, message) => {
		expect(await lintRule(filePath, code, RESTRICTED)).toEqual([expect.stringContaining(message)]);
	});

	it.each([
		['src/routes/+page.svelte', component('ExplorerPage', '$lib/explorer/ExplorerPage.svelte')],
		['src/routes/+page.server.ts', explorer],
		['src/routes/embed/lesson/+page.server.ts', explorer],
		['src/lib/lesson-builder/lesson-link.ts', explorer],
		['src/lib/explorer/shell-props.ts', narrative],
		['src/lib/lessons/lesson-address.ts', narrative],
		['src/lib/server/content.ts', timeline],
		['src/lib/lessons/lesson-address.ts', timeline],
		['src/routes/+page.ts', timeline],
		['src/lib/narrative/list-window.ts', details],
		['src/routes/figures/+page.svelte', component('EventCharts', '$lib/charts/EventCharts.svelte')],
		['src/routes/embed/+layout.ts', embed],
		['src/routes/lessons/[id]/+page.ts', lessons],
		['src/routes/lessons/new/+page.ts', lessons],
		['src/routes/lessons/shared/+page.ts', lessons],
		['src/lib/lesson-builder/lesson-link.ts', lessons],
		['src/routes/lessons/new/+page.server.ts', lessonBuilder],
		['src/routes/lessons/shared/+page.ts', lessonBuilder],
		['src/routes/embed/lesson/+page.ts', lessonBuilder],
		['src/routes/events.csv/+server.ts', exports],
		['src/lib/lessons/lesson-address.ts', exports],
		['src/routes/sources/[id]/highlight.ts', citing],
		['src/lib/timeline/render-item.ts', themes],
		['src/routes/+layout.ts', ui],
		['src/lib/embed/embed-code.ts', site],
		['src/lib/lesson-builder/lesson-link.ts', links],
		['src/routes/sources/[id]/+page.ts', sources],
		['src/routes/make/+page.ts', make],
		['src/routes/make/article/+page.ts', make],
		['src/lib/make/source-text.ts', make],
		['src/lib/make/source-text.ts', ui],
		['src/service-worker.ts', hosting],
		['src/lib/exports/csv.spec.ts', testing],
		['src/lib/lessons/lesson-address.ts', worksheet]
	])('%s may: %s', async (filePath, code) => {
		expect(await lint(filePath, code)).toEqual([]);
	});
});
