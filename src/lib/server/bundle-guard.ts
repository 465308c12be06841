import type { Plugin } from 'vite';

/** Modules that must never reach the bundle, and why. */
export const UNWANTED_MODULES: { pattern: RegExp; what: string }[] = [
	{
		// vis-timeline needs moment, but only in English: any locale is dead weight.
		pattern: /[\\/]node_modules[\\/]moment[\\/](?:dist[\\/])?(?:locale|min)[\\/]/,
		what: 'a moment locale'
	},
	{
		// The standalone build carries its own copies of moment (with every locale), vis-data and
		// hammer.js; the adapter imports the esnext build, which shares ours.
		pattern: /[\\/]node_modules[\\/]vis-timeline[\\/](?:standalone|dist)[\\/]/,
		what: "vis-timeline's standalone build"
	}
];

/** The modules among `ids` that are unwanted, each with what it is. */
export function unwantedModules(ids: Iterable<string>): string[] {
	const found: string[] = [];
	for (const id of ids) {
		const rule = UNWANTED_MODULES.find(({ pattern }) => pattern.test(id));
		if (rule) found.push(`${rule.what}: ${id}`);
	}
	return found;
}

/**
 * Fails the build if an unwanted module (see UNWANTED_MODULES) is in any chunk, naming the chunk
 * and the module, so that a new import cannot quietly add a hundred kilobytes to the engine.
 */
export function bundleGuard(): Plugin {
	return {
		name: 'kz-bundle-guard',
		apply: 'build',
		generateBundle(_options, bundle) {
			const problems = Object.values(bundle).flatMap((output) =>
				output.type === 'chunk'
					? unwantedModules(Object.keys(output.modules)).map(
							(found) => `${output.fileName}: ${found}`
						)
					: []
			);
			if (problems.length > 0) {
				this.error(`These modules must not be bundled:\n${problems.join('\n')}`);
			}
		}
	};
}
