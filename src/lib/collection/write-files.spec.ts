import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentDir } from '../content/read-content-dir.ts';
import { recordsFromFiles } from './records.ts';
import { validateCollection } from './validate.ts';
import { filesFromRecords, folderContent, writeYaml } from './write-files.ts';

describe('filesFromRecords', () => {
	it('writes this repository’s events/ back as files that read as the same collection', () => {
		const { records, problems } = recordsFromFiles(readContentDir('events'));
		expect(problems).toEqual([]);
		const files = filesFromRecords(records);
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining([
				'collection.yaml',
				'themes.yaml',
				'sources/kazakh-elections-2012.md',
				'zhanaozen-massacre.md'
			])
		);
		const again = recordsFromFiles(folderContent(files));
		expect(again.problems).toEqual([]);
		const before = validateCollection({ ...records, lessons: [] });
		const after = validateCollection(again.records);
		expect(after.ok).toBe(true);
		expect(after).toEqual(before);
	});

	it('names each file by its record’s id, and refuses one with none, one that is no slug, or one twice', () => {
		const records = {
			name: 'x',
			settings: null,
			themes: null,
			sources: [],
			events: [{ name: 'Event 1', data: { title: 'No id' }, body: '' }],
			lessons: []
		};
		expect(() => filesFromRecords(records)).toThrow('Event 1 has no id that can name its file');
		const escaping = { ...records, events: [{ name: 'Event 1', data: { id: '../../evil' } }] };
		expect(() => filesFromRecords(escaping)).toThrow('Event 1 has no id that can name its file');
		const twice = {
			...records,
			events: [
				{ name: 'Event 1', data: { id: 'strike' } },
				{ name: 'Event 2', data: { id: 'strike' } }
			]
		};
		expect(() => filesFromRecords(twice)).toThrow('strike.md would be written twice');
	});
});

describe('writeYaml', () => {
	it('quotes what a YAML 1.1 reader would take for a date or a number', () => {
		const text = writeYaml({ date: { start: '2011-04', end: '2012' }, day: '2011-12-16' });
		expect(text).toContain("start: '2011-04'");
		expect(text).toContain("end: '2012'");
		expect(text).toContain("day: '2011-12-16'");
		expect(parse(text, { version: '1.1' })).toEqual({
			date: { start: '2011-04', end: '2012' },
			day: '2011-12-16'
		});
	});

	it('keeps text that looks like YAML as text', () => {
		const data = { title: 'Yes: no # not a comment', note: 'null', quote: "It's “quoted”\n" };
		expect(parse(writeYaml(data))).toEqual(data);
	});
});
