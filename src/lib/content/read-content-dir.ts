import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { ContentFiles } from '../collection/records.ts';
import { ContentError } from '../collection/errors.ts';

function filesEndingIn(extension: string, dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(extension))
		.sort()
		.map((name) => join(dir, name));
}

const markdownFiles = (dir: string) => filesEndingIn('.md', dir);
const lessonFiles = (dir: string) => filesEndingIn('.yaml', join(dir, 'lessons'));

/**
 * Reads an events folder from disk. Paths in the result are relative to `cwd` when inside it,
 * and absolute otherwise, for messages.
 */
export function readContentDir(dir: string, cwd = process.cwd()): ContentFiles {
	const shown = (path: string) => {
		const inside = relative(cwd, path);
		return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
	};
	if (!existsSync(dir)) {
		throw new ContentError([{ file: `${shown(dir)}/`, message: 'does not exist' }]);
	}
	if (!statSync(dir).isDirectory()) {
		throw new ContentError([{ file: shown(dir), message: 'is a file, not a folder' }]);
	}
	const read = (paths: string[]) =>
		Object.fromEntries(paths.map((path) => [shown(path), readFileSync(path, 'utf8')]));
	const yamlFile = (name: string) => {
		const path = join(dir, name);
		return existsSync(path) ? { file: shown(path), content: readFileSync(path, 'utf8') } : null;
	};
	return {
		dir: shown(dir),
		settings: yamlFile('collection.yaml'),
		themes: yamlFile('themes.yaml'),
		sources: read(markdownFiles(join(dir, 'sources'))),
		events: read(markdownFiles(dir)),
		lessons: read(lessonFiles(dir))
	};
}

/** Every file the collection is built from, so a dev server can reload when one changes. */
export function contentPaths(dir: string): string[] {
	return [
		join(dir, 'collection.yaml'),
		join(dir, 'themes.yaml'),
		...markdownFiles(dir),
		...markdownFiles(join(dir, 'sources')),
		...lessonFiles(dir)
	];
}
