import { basename, join } from 'node:path';
import { describeProblem } from '../../src/lib/collection/errors.ts';
import { decodeText } from '../../src/lib/documents/decode-text.ts';
import { timelineFromTimelineJs } from '../../src/lib/make/from-timelinejs.ts';
import { siteFolder } from '../../src/lib/make/site-folder.ts';
import { MAX_TIMELINEJS_BYTES, readTimelineJs } from '../../src/lib/timelinejs/read-timelinejs.ts';
import { parsePage } from '../propose/html-text.ts';

export const USAGE = `usage: npm run import -- <file.json|file.csv> --out <folder>

  <file>   a TimelineJS timeline: its JSON, or its spreadsheet downloaded as CSV
  --out    the events folder to write; it must not exist yet, or be empty

Writes the folder in the format of this repository's events/, which
EVENTS_DIR=<folder> npm run build makes into a site. Prints what it mapped, and
each slide it left out and why.
Exit codes: 0 done, 1 the file cannot be used, 2 a usage error.
`;

/** Everything the command touches outside itself, so that specs can run it without a process. */
export interface ImportIo {
	/** Up to `limit` bytes of the file. */
	readFile(path: string, limit: number): Promise<Uint8Array>;
	/** Whether the path holds anything: a file, or a folder that is not empty. */
	isTaken(path: string): Promise<boolean>;
	writeFile(path: string, content: string): Promise<void>;
	stdout(text: string): void;
	stderr(text: string): void;
}

type Parsed = { file: string; out: string; kind: 'json' | 'csv' } | { error: string } | 'help';

function parseArguments(argv: readonly string[]): Parsed {
	const files: string[] = [];
	let out: string | undefined;
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--help' || argument === '-h') return 'help';
		if (argument === '--out') {
			if (out !== undefined) return { error: '--out is given twice' };
			out = argv[++index];
			if (out === undefined) return { error: '--out needs a folder' };
		} else if (argument.startsWith('-')) return { error: `unknown option ${argument}` };
		else files.push(argument);
	}
	if (files.length !== 1)
		return { error: files.length === 0 ? 'no file given' : 'one file at a time' };
	if (out === undefined) return { error: 'no --out folder given' };
	const kind = /\.csv$/i.test(files[0]!) ? 'csv' : /\.json$/i.test(files[0]!) ? 'json' : null;
	if (!kind) return { error: `${files[0]} is not a .json or .csv file` };
	return { file: files[0]!, out, kind };
}

const plural = new Intl.PluralRules('en');

/** "1 event", "10 events". */
function counted(count: number, noun: string): string {
	return `${count} ${noun}${plural.select(count) === 'one' ? '' : 's'}`;
}

/** Runs `import` over argv (the arguments after the script) and returns its exit code. */
export async function runImport(argv: readonly string[], io: ImportIo): Promise<number> {
	const parsed = parseArguments(argv);
	if (parsed === 'help' || 'error' in parsed) {
		if (parsed !== 'help') io.stderr(`import: ${parsed.error}\n\n`);
		io.stderr(USAGE);
		return 2;
	}
	const fail = (message: string) => {
		io.stderr(`import: ${parsed.file}: ${message}\n`);
		return 1;
	};
	if (await io.isTaken(parsed.out))
		return fail(`${parsed.out} already holds files; name a new or empty folder`);
	let bytes: Uint8Array;
	try {
		bytes = await io.readFile(parsed.file, MAX_TIMELINEJS_BYTES + 1);
	} catch (error) {
		return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	if (bytes.byteLength > MAX_TIMELINEJS_BYTES)
		return fail('is over 2 MB, and a TimelineJS file can be at most 2 MB');
	const content = decodeText(bytes);
	if (content === null) return fail('is not text: it may be damaged, or another kind of file');
	const read = readTimelineJs(content, parsed.kind, parsePage);
	if (!read.ok) return fail(read.message);
	for (const problem of read.problems) io.stderr(`left out: ${problem}\n`);
	if (read.timeline.slides.length === 0) return fail('has no slide with a date this site can draw');
	const name = basename(parsed.file).replace(/\.(json|csv)$/i, '');
	const made = timelineFromTimelineJs(read.timeline, 'imported', Date.now(), name);
	const folder = siteFolder(made);
	if (!folder.ok)
		return fail(
			`makes a folder that would not build:\n${folder.problems.map(describeProblem).join('\n')}`
		);
	try {
		for (const [path, text] of Object.entries(folder.files))
			await io.writeFile(join(parsed.out, path), text);
	} catch (error) {
		return fail(`could not be written to ${parsed.out}: ${(error as Error).message}`);
	}
	// The file's words go to a terminal: a control character in them could drive it.
	const printable = (text: string) => text.replace(/\p{Cc}/gu, '');
	const themes = printable(made.themes.map((theme) => theme.label).join(', '));
	io.stdout(
		[
			`“${printable(made.title)}”: ${counted(made.events.length, 'event')} from ${counted(read.timeline.slides.length, 'slide')}, themes ${themes}.`,
			...(read.timeline.eras.length > 0
				? [
						`${counted(read.timeline.eras.length, 'era')} kept in collection.yaml, listed beside the timeline.`
					]
				: []),
			`Events have no source quote: TimelineJS has none. collection.yaml says quotes are not required.`,
			`Wrote ${Object.keys(folder.files).length} files to ${parsed.out}. Build the site with:`,
			`  EVENTS_DIR=${parsed.out} npm run build`,
			''
		].join('\n')
	);
	return 0;
}
