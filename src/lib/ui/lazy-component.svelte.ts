import type { Component } from 'svelte';

/**
 * A component whose module is imported on first use, so that it stays out of the page's first
 * load. `current` is null until it has arrived; a failed import is forgotten, so that the next
 * use tries again. Create one per component, at module level, and share it.
 */
// any: a component's props are its own; each LazyComponent is typed by the component it loads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class LazyComponent<C extends Component<any>> {
	current = $state.raw<C | null>(null);
	#importer: () => Promise<{ default: C }>;
	#loading: Promise<C> | null = null;

	constructor(importer: () => Promise<{ default: C }>) {
		this.#importer = importer;
	}

	load(): Promise<C> {
		this.#loading ??= this.#importer().then(
			(module) => (this.current = module.default),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Starts the import once the browser is idle, so that the first use need not wait for it. */
	prefetch() {
		const start = () => void this.load().catch(() => {});
		if ('requestIdleCallback' in globalThis) requestIdleCallback(start, { timeout: 2000 });
		else setTimeout(start, 200);
	}
}
