import { describe, expect, it } from 'vitest';
import { bundleGuard, unwantedModules } from './bundle-guard.ts';

const root = '/work/site/node_modules';
const wanted = [
	`${root}/moment/dist/moment.js`,
	`${root}/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs`,
	`${root}/vis-data/esnext/esm/vis-data.mjs`,
	'/work/site/src/lib/timeline/vis-adapter.ts'
];

describe('unwantedModules', () => {
	it('lets the engine as the adapter imports it through', () => {
		expect(unwantedModules(wanted)).toEqual([]);
	});

	it('finds moment locales and vis-timeline’s standalone build', () => {
		const unwanted = [
			`${root}/moment/locale/ru.js`,
			`${root}/moment/dist/locale/kk.js`,
			`${root}/moment/min/moment-with-locales.js`,
			`${root}/vis-timeline/standalone/esm/vis-timeline-graph2d.mjs`,
			`${root}/vis-timeline/dist/vis-timeline-graph2d.min.js`
		];
		expect(unwantedModules([...wanted, ...unwanted])).toEqual([
			`a moment locale: ${unwanted[0]}`,
			`a moment locale: ${unwanted[1]}`,
			`a moment locale: ${unwanted[2]}`,
			`vis-timeline's standalone build: ${unwanted[3]}`,
			`vis-timeline's standalone build: ${unwanted[4]}`
		]);
	});
});

describe('bundleGuard', () => {
	/** Runs the plugin's check over a bundle of chunks holding these modules. */
	function check(chunks: Record<string, string[]>) {
		const errors: string[] = [];
		const bundle = Object.fromEntries(
			Object.entries(chunks).map(([fileName, ids]) => [
				fileName,
				{ type: 'chunk', fileName, modules: Object.fromEntries(ids.map((id) => [id, {}])) }
			])
		);
		const hook = bundleGuard().generateBundle as unknown as (
			this: { error(message: string): never },
			options: object,
			bundle: object
		) => void;
		try {
			hook.call(
				{
					error(message: string): never {
						errors.push(message);
						throw new Error(message);
					}
				},
				{},
				bundle
			);
		} catch {
			// The build stops here; the message is what matters.
		}
		return errors;
	}

	it('passes a bundle with only what the engine needs', () => {
		expect(check({ 'engine.js': wanted })).toEqual([]);
	});

	it('fails the build, naming the chunk and the module, when a locale sneaks in', () => {
		const [error] = check({
			'page.js': wanted.slice(3),
			'engine.js': [...wanted, `${root}/moment/locale/ru.js`]
		});
		expect(error).toContain('engine.js: a moment locale:');
		expect(error).toContain('moment/locale/ru.js');
	});
});
