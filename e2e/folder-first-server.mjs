// A static host of the kind that looks for a folder before a file of the same name, as nginx does
// with `try_files $uri $uri/ =404`, `autoindex on` and `error_page 404 /404.html`; Apache, S3
// website hosting and many simple servers behave alike. The browser tests serve the build from it
// beside `vite preview`, which finds `<path>.html` first, so every address is tried on both kinds.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lookup } from 'mrmime';

/**
 * What such a host does with a path: serve a file; send a folder named without its slash on to
 * the slash (301); serve a folder's index.html, or else list the folder; or answer 404.
 * @param {string} root the folder served
 * @param {string} pathname the decoded path of the request
 * @returns {{ kind: 'file', file: string } | { kind: 'redirect', location: string }
 *   | { kind: 'listing', folder: string } | { kind: 'missing' }}
 */
export function resolvePath(root, pathname) {
	const target = normalize(join(root, pathname));
	if (target !== normalize(root) && !target.startsWith(normalize(root + sep))) {
		return { kind: 'missing' };
	}
	const stats = statOf(target);
	if (stats?.isFile()) return { kind: 'file', file: target };
	if (!stats?.isDirectory()) return { kind: 'missing' };
	if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
	const index = join(target, 'index.html');
	if (statOf(index)?.isFile()) return { kind: 'file', file: index };
	return { kind: 'listing', folder: target };
}

/** The file's kind, or undefined where there is none (also for `file.json/`, which is ENOTDIR). */
function statOf(path) {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

const escapeHtml = (text) =>
	text.replace(
		/[&<>"]/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]
	);

/** nginx's autoindex page, in short: a 200 text/html page that is not the site's. */
function listing(pathname, folder) {
	const entries = readdirSync(folder, { withFileTypes: true }).map((entry) => {
		const name = entry.isDirectory() ? `${entry.name}/` : entry.name;
		return `<a href="${escapeHtml(encodeURI(name))}">${escapeHtml(name)}</a>`;
	});
	const title = `Index of ${escapeHtml(pathname)}`;
	return `<html>\n<head><title>${title}</title></head>\n<body>\n<h1>${title}</h1><hr><pre><a href="../">../</a>\n${entries.join('\n')}\n</pre><hr></body>\n</html>\n`;
}

function contentType(file) {
	const type = lookup(extname(file)) ?? 'application/octet-stream';
	return /^text\/|json|javascript|svg/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * @param {string} root the folder to serve
 * @param {Map<string, { type: string, body: string }>} [replaced] files served in place of the
 *   folder's, by path: a test changes it to deploy another build's file
 * @returns {import('node:http').Server}
 */
export function folderFirstServer(root, replaced = new Map()) {
	return createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		const replacement = replaced.get(pathname);
		if (replacement) {
			response.writeHead(200, { 'content-type': replacement.type }).end(replacement.body);
			return;
		}
		const found = resolvePath(root, pathname);
		const head = request.method === 'HEAD';
		if (found.kind === 'redirect') {
			// nginx sends the folder's address with the slash, and keeps the query string.
			response.writeHead(301, { location: `${encodeURI(found.location)}${url.search}` }).end();
		} else if (found.kind === 'file') {
			response.writeHead(200, { 'content-type': contentType(found.file) });
			if (head) response.end();
			else createReadStream(found.file).pipe(response);
		} else if (found.kind === 'listing') {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end(head ? undefined : listing(pathname, found.folder));
		} else {
			const notFound = join(root, '404.html');
			const page = statOf(notFound)?.isFile()
				? readFileSync(notFound)
				: '<html><body><h1>404 Not Found</h1></body></html>';
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(head ? undefined : page);
		}
	});
}

// Started by playwright.config.ts; the files are read as they are asked for, so it can start
// while the site is still being built into the folder.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const port = Number(process.env.FOLDER_FIRST_PORT ?? 4174);
	const root = process.env.FOLDER_FIRST_ROOT ?? 'build';
	folderFirstServer(root).listen(port, '127.0.0.1', () =>
		console.log(`folder-first host for ${root}/ on http://127.0.0.1:${port}`)
	);
}
