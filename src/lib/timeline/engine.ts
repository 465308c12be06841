type Engine = typeof import('./vis-adapter.ts');
let engine: Promise<Engine> | null = null;

/**
 * The engine is the largest download on the page, so it is requested as soon as the timeline's
 * module runs, while the page hydrates, rather than once the timeline has mounted. A failed
 * load is forgotten, so that the next timeline tries again.
 */
export function loadEngine(): Promise<Engine> {
	engine ??= import('./vis-adapter.ts').catch((error: unknown) => {
		engine = null;
		throw error;
	});
	return engine;
}
