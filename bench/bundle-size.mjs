import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} file */
export function gzippedBytes(file) {
	return gzipSync(readFileSync(file)).length;
}

/**
 * The scripts and stylesheets index.html asks for before any script runs: modulepreload and
 * stylesheet links, and script src attributes. Paths are relative to the build folder.
 * @param {string} html
 */
export function initialAssets(html) {
	const paths = new Set();
	for (const tag of html.match(/<(?:link|script)\b[^>]*>/g) ?? []) {
		const href = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
		const wanted = /rel="(?:modulepreload|stylesheet)"/.test(tag) || tag.startsWith('<script');
		if (href && wanted && /\.(?:js|css)$/.test(href)) paths.add(href.replace(/^\.?\//, ''));
	}
	return [...paths];
}

/**
 * Gzipped sizes of a list of asset paths, split by kind, with each file's size.
 * @param {string} root the build folder
 * @param {string[]} paths relative to root
 */
export function assetSizes(root, paths) {
	const sizes = { js: 0, css: 0, other: 0, files: /** @type {Record<string, number>} */ ({}) };
	for (const path of paths) {
		const file = join(root, path);
		if (!existsSync(file)) continue;
		const bytes = gzippedBytes(file);
		const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : 'other';
		sizes[kind] += bytes;
		sizes.files[path] = bytes;
	}
	return sizes;
}
