import { ESLint } from 'eslint';
import { resolve } from 'node:path';

// The lint specs prove that each rule in eslint.config.js reports what it is meant to, by
// linting small snippets as if they stood at real paths. A Svelte snippet must borrow the path
// of a file that exists: the TypeScript project service only knows the files on disk.

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

/** Every message ESLint gives for `code` at `filePath` (relative to the project root). */
export async function lint(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

/** The messages of one rule only. */
export async function lintRule(filePath: string, code: string, ruleId: string): Promise<string[]> {
	return (await lint(filePath, code)).filter((message) => message.startsWith(`${ruleId}: `));
}
