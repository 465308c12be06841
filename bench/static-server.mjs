import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf'
};

/**
 * A small file server on 127.0.0.1 for the TimelineJS comparison page: `pages` are served from
 * memory by path, `mounts` map a URL prefix to a folder. Nothing else is reachable.
 * @param {{ pages: Record<string, () => string>, mounts: Record<string, string> }} routes
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startStaticServer({ pages, mounts }) {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const page = pages[path];
		if (page) {
			response.writeHead(200, { 'content-type': TYPES['.html'] });
			response.end(page());
			return;
		}
		for (const [prefix, folder] of Object.entries(mounts)) {
			if (!path.startsWith(prefix)) continue;
			const file = normalize(join(folder, path.slice(prefix.length)));
			if (!file.startsWith(normalize(folder) + sep)) break;
			if (!existsSync(file) || !statSync(file).isFile()) break;
			const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))];
			response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
			createReadStream(file).pipe(response);
			return;
		}
		response.writeHead(404).end('Not found');
	});
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () => {
					server.closeAllConnections();
					return new Promise((done) => server.close(() => done(undefined)));
				}
			});
		});
	});
}
