import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '$lib/collection/collection.ts';
import { readContentDir } from '$lib/content/read-content-dir.ts';
import { timelineEvent } from '$lib/model/fixtures.ts';
import { sourceMeta } from '$lib/model/types.ts';
import { exportFile, ExportError, type ExportInput } from './export-files.ts';
import { EXPORT_KINDS } from './export-kinds.ts';

const collection = buildCollection(readContentDir('events'));
const labour = collection.events.filter((event) => event.themes.includes('labour'));
const input: ExportInput = {
	events: labour,
	themes: collection.themes,
	sources: collection.sources.map(sourceMeta),
	settings: collection.settings,
	stem: 'kazakhstan-1990-2012-labour',
	about: `${labour.length} events in the theme Labour and strikes`
};
const parseCsv = (content: string) =>
	Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: true }).data;

describe('exportFile', () => {
	it('names each file by what it holds', () => {
		expect(EXPORT_KINDS.map(({ kind }) => exportFile(kind, input).name)).toEqual([
			'kazakhstan-1990-2012-labour.csv',
			'kazakhstan-1990-2012-labour-figures.csv',
			'kazakhstan-1990-2012-labour-claims.csv',
			'kazakhstan-1990-2012-labour.json',
			'kazakhstan-1990-2012-labour.timelinejs.json'
		]);
	});

	it('holds exactly the events given, in their order, in every format', () => {
		const ids = labour.map((event) => event.id);
		expect(ids.length).toBeGreaterThan(1);
		const reversed = { ...input, events: [...labour].reverse() };
		expect(parseCsv(exportFile('events-csv', reversed).content).map((row) => row.id)).toEqual(
			[...ids].reverse()
		);
		const json = JSON.parse(exportFile('events-json', input).content);
		expect(json.events.map((event: { id: string }) => event.id)).toEqual(ids);
		expect(json.version).toBe(1);
		const timeline = JSON.parse(exportFile('timelinejs', input).content);
		expect(timeline.events.map((slide: { unique_id: string }) => slide.unique_id)).toEqual(ids);
		expect(timeline.title.text.text).toContain(input.about);
		const figureEvents = new Set(
			parseCsv(exportFile('figures-csv', input).content).map((row) => row.event_id)
		);
		expect(ids).toEqual(expect.arrayContaining([...figureEvents]));
		expect(figureEvents.has('zhanaozen-massacre')).toBe(true);
	});

	it('refuses a file that would hold nothing, saying why', () => {
		const empty = { ...input, events: [] };
		for (const { kind } of EXPORT_KINDS) expect(() => exportFile(kind, empty)).toThrow(ExportError);
		expect(() => exportFile('events-csv', empty)).toThrow(
			'No events are shown, so there is nothing to download.'
		);
		const plain = { ...input, events: [timelineEvent()] };
		expect(() => exportFile('figures-csv', plain)).toThrow(
			'None of the events shown states a figure.'
		);
		expect(() => exportFile('claims-csv', plain)).toThrow(
			'None of the events shown has a disputed claim.'
		);
		expect(exportFile('events-csv', plain).name).toBe('kazakhstan-1990-2012-labour.csv');
	});

	it('refuses a name that is not lower-case words and hyphens', () => {
		expect(() => exportFile('events-csv', { ...input, stem: '../x' })).toThrow(ExportError);
		expect(() => exportFile('events-csv', { ...input, stem: '' })).toThrow(ExportError);
	});
});
