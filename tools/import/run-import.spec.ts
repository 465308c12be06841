import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/lib/collection/collection.ts';
import { folderContent } from '../../src/lib/collection/write-files.ts';
import { runImport, USAGE, type ImportIo } from './run-import.ts';

/** The command run over files held in memory; what it wrote and printed is kept. */
function memoryIo(files: Record<string, string | Uint8Array>, taken: string[] = []) {
	const written: Record<string, string> = {};
	const printed = { stdout: '', stderr: '' };
	const io: ImportIo = {
		async readFile(path, limit) {
			const content = files[path];
			if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
			const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
			return bytes.subarray(0, limit);
		},
		isTaken: async (path) => taken.includes(path),
		async writeFile(path, content) {
			written[path] = content;
		},
		stdout: (text) => (printed.stdout += text),
		stderr: (text) => (printed.stderr += text)
	};
	return { io, written, printed };
}

/** What was written under `folder`, by path inside it. */
const inside = (written: Record<string, string>, folder: string) =>
	Object.fromEntries(
		Object.entries(written).map(([path, text]) => [path.slice(folder.length + 1), text])
	);

const sheet = readFileSync('fixtures/timelinejs/my-own-timeline.csv', 'utf8');

describe('npm run import', () => {
	it('writes the template sheet as an events folder the build reads', async () => {
		const { io, written, printed } = memoryIo({ 'sheet.csv': sheet });
		expect(await runImport(['sheet.csv', '--out', 'site/events'], io)).toBe(0);
		const collection = buildCollection(folderContent(inside(written, 'site/events')));
		expect(collection.settings).toMatchObject({ title: 'MY OWN CSV', quotesRequired: false });
		expect(collection.events.map((event) => event.title)).toContain('Ada Lovelace');
		expect(collection.events).toHaveLength(10);
		expect(printed.stdout).toContain('“MY OWN CSV”: 10 events from 10 slides');
		expect(printed.stdout).toContain('EVENTS_DIR=site/events npm run build');
		expect(printed.stderr).toBe('');
	});

	it('names each slide it leaves out, and writes the rest', async () => {
		const json = JSON.stringify({
			events: [
				{ start_date: { year: 2011 }, text: { headline: 'Strike' } },
				{ start_date: { year: 2011, month: 13 }, text: { headline: 'Not a month' } }
			]
		});
		const { io, written, printed } = memoryIo({ 't.json': json });
		expect(await runImport(['t.json', '--out', 'out'], io)).toBe(0);
		expect(printed.stderr).toMatch(/^left out: events\[1\] \(“Not a month”\): .*13/m);
		expect(Object.keys(written)).toContain('out/strike.md');
		expect(buildCollection(folderContent(inside(written, 'out'))).settings.title).toBe('t');
	});

	it('prints a title with no control characters, and says when the folder cannot be written', async () => {
		const json = JSON.stringify({
			title: { text: { headline: 'Strikes\u001b[2J' } },
			events: [{ start_date: { year: 2011 }, text: { headline: 'Strike' } }]
		});
		const { io, printed } = memoryIo({ 't.json': json });
		expect(await runImport(['t.json', '--out', 'out'], io)).toBe(0);
		expect(printed.stdout).toContain('“Strikes[2J”: 1 event from 1 slide');
		const failing = memoryIo({ 't.json': json });
		failing.io.writeFile = async () => {
			throw new Error('EACCES: permission denied');
		};
		expect(await runImport(['t.json', '--out', 'out'], failing.io)).toBe(1);
		expect(failing.printed.stderr).toContain('could not be written to out: EACCES');
	});

	it.each([
		[['--out', 'x'], 'import: no file given'],
		[['a.csv'], 'import: no --out folder given'],
		[['a.txt', '--out', 'x'], 'import: a.txt is not a .json or .csv file'],
		[['a.csv', '--out'], 'import: --out needs a folder']
	])('refuses %j with a usage error', async (argv, message) => {
		const { io, printed } = memoryIo({});
		expect(await runImport(argv, io)).toBe(2);
		expect(printed.stderr).toBe(`${message}\n\n${USAGE}`);
	});

	it.each([
		['a JSON that is not TimelineJS', { 'a.json': '{"slides": []}' }, [], 'has no list of events'],
		['a missing file', {}, [], 'cannot be read (ENOENT)'],
		['a file over 2 MB', { 'a.json': new Uint8Array(2 * 1024 * 1024 + 1) }, [], 'over 2 MB'],
		['a folder that holds files', { 'a.json': '{"events": []}' }, ['out'], 'already holds files'],
		['a binary file', { 'a.json': new Uint8Array([0x7b, 0, 0x7d]) }, [], 'is not text']
	])('refuses %s and writes nothing', async (_case, files, taken, message) => {
		const { io, written, printed } = memoryIo(files, taken);
		expect(await runImport(['a.json', '--out', 'out'], io)).toBe(1);
		expect(printed.stderr).toContain(message);
		expect(written).toEqual({});
	});
});
