import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAtMost } from './read-at-most.ts';

const folder = mkdtempSync(join(tmpdir(), 'read-at-most-'));

describe('readAtMost', () => {
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	it('reads a file whole when it is within the limit, and no more than the limit otherwise', async () => {
		const file = join(folder, 'ten.txt');
		writeFileSync(file, '0123456789');
		expect(new TextDecoder().decode(await readAtMost(file, 11))).toBe('0123456789');
		expect(new TextDecoder().decode(await readAtMost(file, 4))).toBe('0123');
	});
});
