import type { Unresolved } from '../../src/lib/finder/candidate.ts';
import { findEvents } from '../../src/lib/finder/find-events.ts';
import { parseArguments, USAGE } from './arguments.ts';
import { readDocument, type FileAccess } from './read-document.ts';

/** Everything the command touches outside itself, so that specs can run it without a process. */
export interface ProposeIo extends FileAccess {
	stdout(text: string): void;
	stderr(text: string): void;
}

/**
 * Runs `propose` over argv (the arguments after the script) and returns its exit code: 0 done,
 * 1 the file cannot be used, 2 a usage error. Only the candidates' JSON goes to stdout, so that
 * it can be redirected to a file as it is.
 */
export async function runPropose(argv: readonly string[], io: ProposeIo): Promise<number> {
	const parsed = parseArguments(argv);
	if (parsed.kind !== 'run') {
		if (parsed.kind === 'usage-error') io.stderr(`propose: ${parsed.message}\n\n`);
		io.stderr(USAGE);
		return 2;
	}
	const document = await readDocument(parsed.file, parsed.documentKind, io);
	if ('problem' in document) {
		io.stderr(`propose: ${document.problem}\n`);
		return 1;
	}
	const { published } = parsed;
	const { candidates, unresolved } = findEvents(
		document.paragraphs ?? document.text,
		published ? { published } : {}
	);
	for (const date of unresolved) io.stderr(unresolvedLine(date, published !== undefined));
	io.stdout(`${JSON.stringify(candidates, null, 2)}\n`);
	return 0;
}

function unresolvedLine(date: Unresolved, hasPublished: boolean): string {
	const why = hasPublished ? 'could not be dated' : 'needs --published';
	// JSON quoting keeps a line break or a quote mark in the text from breaking the line.
	return `unresolved: paragraph ${date.paragraph}: ${JSON.stringify(date.text)} (${why})\n`;
}
