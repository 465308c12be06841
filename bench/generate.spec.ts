import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../src/lib/collection/collection.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';
import { generateDataset, writeDataset } from './generate.mjs';

describe('benchmark dataset generator', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kz-bench-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes 1,000 records that the build validates without a problem', () => {
		writeDataset(generateDataset({ count: 1000 }), dir);
		const collection = buildCollection(readContentDir(dir));
		expect(collection.events).toHaveLength(1000);
		expect(collection.sources.map((source) => source.id)).toContain('kazakh-elections-2012');
		const precisions = new Set(
			collection.events.map((event) =>
				event.date.kind === 'span' ? 'span' : event.date.value.precision
			)
		);
		expect([...precisions].sort()).toEqual(['day', 'month', 'season', 'span', 'year']);
		expect(collection.events.some((event) => event.status === 'planned')).toBe(true);
		expect(collection.events.some((event) => event.approximate)).toBe(true);
		expect(collection.events.some((event) => event.related.length > 0)).toBe(true);
	});

	it('gives identical output for the same seed, and different output for another', () => {
		const first = generateDataset({ count: 200, seed: 7 });
		expect(generateDataset({ count: 200, seed: 7 })).toEqual(first);
		expect(generateDataset({ count: 200, seed: 8 }).events).not.toEqual(first.events);
	});
});
