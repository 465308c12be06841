import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readAtMost } from '../propose/read-at-most.ts';
import { runImport } from './run-import.ts';

// exitCode rather than exit(): stdout, when it is a pipe, is written out before the process ends.
process.exitCode = await runImport(process.argv.slice(2), {
	readFile: readAtMost,
	async isTaken(path) {
		const found = await stat(path).catch(() => null);
		if (!found) return false;
		return !found.isDirectory() || (await readdir(path)).length > 0;
	},
	async writeFile(path, content) {
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, content);
	},
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
});
