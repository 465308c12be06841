import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Collection } from '../model/types.ts';
import { buildCollection } from '../collection/collection.ts';
import { ContentError } from '../collection/errors.ts';
import { contentPaths, readContentDir } from './read-content-dir.ts';

const VIRTUAL_ID = 'virtual:kz-content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Reads and validates the events folder once per build and serves it as a virtual module.
 * A plugin rather than `import.meta.glob`, because the folder may live outside the project
 * (`EVENTS_DIR`, used by the benchmark) and because a bad record should stop the build with
 * the file and field named, before any bundling starts.
 */
export function content(dir = process.env.EVENTS_DIR ?? 'events'): Plugin {
	const root = resolve(dir);
	// SvelteKit runs a server and a client build; the folder is read and checked once for both.
	let cached: Collection | null = null;
	const load = () => (cached ??= buildCollection(readContentDir(root)));
	return {
		name: 'kz-content',
		buildStart() {
			try {
				load();
			} catch (error) {
				if (error instanceof ContentError) {
					// A plain message and exit code 1: a stack trace would only hide the file and field.
					console.error(`\nThe events could not be built:\n${error.message}\n`);
					process.exit(1);
				}
				throw error;
			}
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return;
			for (const path of contentPaths(root)) this.addWatchFile(path);
			return `export default ${JSON.stringify(load())};`;
		},
		configureServer(server) {
			server.watcher.add(root);
			server.watcher.on('all', (_event, path) => {
				if (!resolve(path).startsWith(root)) return;
				cached = null;
				const module = server.moduleGraph.getModuleById(RESOLVED_ID);
				if (module) server.moduleGraph.invalidateModule(module);
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
