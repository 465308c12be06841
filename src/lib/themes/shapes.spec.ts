import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ThemeListSchema } from '$lib/model/schema.ts';
import { themeShape } from './shapes.ts';

describe('theme shapes', () => {
	it('give every theme in events/themes.yaml its own shape, so colour is never the only cue', () => {
		const themes = ThemeListSchema.parse(parse(readFileSync('events/themes.yaml', 'utf8')));
		const shapes = themes.map((_, index) => themeShape(index));
		expect(new Set(shapes).size).toBe(themes.length);
	});
});
