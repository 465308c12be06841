import { parseIsoDay } from '../../src/lib/model/days.ts';
import { ACCEPTED_EXTENSIONS, documentKind, type DocumentKind } from './read-document.ts';

const KINDS_LIST = new Intl.ListFormat('en', { type: 'disjunction' }).format(ACCEPTED_EXTENSIONS);

export const USAGE = `usage: npm run propose -- <file> [--published YYYY-MM-DD]

  <file>       the article: a ${KINDS_LIST} file
  --published  the day it was published, which relative dates ("last year") count from

Prints the proposed events as a JSON array on stdout, and nothing else.
Exit codes: 0 done, 1 the file cannot be used, 2 a usage error.
`;

export type ParsedArguments =
	| { kind: 'run'; file: string; documentKind: DocumentKind; published: string | undefined }
	| { kind: 'help' }
	| { kind: 'usage-error'; message: string };

const PUBLISHED = '--published';

/** Reads the command line after the script's name: one file and an optional --published day. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
	const files: string[] = [];
	let published: string | undefined;
	let optionsEnded = false;
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (optionsEnded || argument === '-' || !argument.startsWith('-')) {
			files.push(argument);
		} else if (argument === '--') {
			optionsEnded = true;
		} else if (argument === '--help' || argument === '-h') {
			return { kind: 'help' };
		} else if (argument === PUBLISHED || argument.startsWith(`${PUBLISHED}=`)) {
			if (published !== undefined) return usageError(`${PUBLISHED} is given twice`);
			const value = argument === PUBLISHED ? argv[++index] : argument.slice(PUBLISHED.length + 1);
			if (value === undefined) return usageError(`${PUBLISHED} needs a day, YYYY-MM-DD`);
			if (parseIsoDay(value) === null) {
				return usageError(`${PUBLISHED} must be a real day written YYYY-MM-DD, not "${value}"`);
			}
			published = value;
		} else {
			return usageError(`unknown option ${argument}`);
		}
	}
	if (files.length === 0) return usageError('no file given');
	if (files.length > 1) return usageError(`one file at a time, not ${files.length}`);
	const file = files[0]!;
	const kind = documentKind(file);
	if (kind === null) {
		return usageError(`${file} is not a ${KINDS_LIST} file`);
	}
	return { kind: 'run', file, documentKind: kind, published };
}

function usageError(message: string): ParsedArguments {
	return { kind: 'usage-error', message };
}
