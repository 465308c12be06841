import { stat } from 'node:fs/promises';
import { MAX_SOURCE_BYTES } from '../../src/lib/documents/decode-text.ts';
import { readAtMost } from './read-at-most.ts';
import { runPropose } from './run-propose.ts';

// exitCode rather than exit(): stdout, when it is a pipe, is written out before the process ends.
process.exitCode = await runPropose(process.argv.slice(2), {
	stat,
	// One byte past the limit, so that a file that grew since its size was read is still refused.
	readFile: (path) => readAtMost(path, MAX_SOURCE_BYTES + 1),
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
});
