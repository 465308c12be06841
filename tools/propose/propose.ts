import { readFile, stat } from 'node:fs/promises';
import { runPropose } from './run-propose.ts';

// exitCode rather than exit(): stdout, when it is a pipe, is written out before the process ends.
process.exitCode = await runPropose(process.argv.slice(2), {
	stat,
	readFile,
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
});
