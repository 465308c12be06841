import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ThemeListSchema } from '../model/schema.ts';

// Theme colours draw text (legend labels, theme tags, lane labels) as well as shapes and
// borders, so each must reach 4.5:1 (WCAG 1.4.3), not only the 3:1 of non-text (1.4.11),
// against every background it is drawn on, in its own colour scheme.

/** Relative luminance of a #rrggbb colour, as WCAG 2 defines it. */
function luminance(hex: string): number {
	const [red, green, blue] = [1, 3, 5].map((at) => {
		const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** color-mix(in srgb, colour share%, background), as the pressed theme toggles are tinted. */
function mix(colour: string, share: number, background: string): string {
	const channels = [1, 3, 5].map((at) => {
		const [a, b] = [colour, background].map((hex) => Number.parseInt(hex.slice(at, at + 2), 16));
		return Math.round(a! * share + b! * (1 - share))
			.toString(16)
			.padStart(2, '0');
	});
	return `#${channels.join('')}`;
}

/** The light and dark values of a `--name: light-dark(#…, #…)` variable in app.css. */
function cssVariable(name: string): { light: string; dark: string } {
	const css = readFileSync('src/app.css', 'utf8');
	const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(
		css
	);
	if (!match) throw new Error(`--${name} is not a light-dark() pair in src/app.css`);
	return { light: match[1]!, dark: match[2]! };
}

const themes = ThemeListSchema.parse(parse(readFileSync('events/themes.yaml', 'utf8')));
const backgrounds = { bg: cssVariable('bg'), surface: cssVariable('surface') };

describe('the contrast formula', () => {
	it('gives the known extremes', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});

describe('the backgrounds are the ones the colours were chosen for', () => {
	it('page and surface, in both schemes', () => {
		expect(backgrounds).toEqual({
			bg: { light: '#fbfaf7', dark: '#14161a' },
			surface: { light: '#ffffff', dark: '#1d2026' }
		});
	});
});

describe.each(themes)('theme $id', (theme) => {
	for (const [name, background] of Object.entries(backgrounds)) {
		it(`colour ${theme.colour} reads as text on the light ${name} (${background.light})`, () => {
			expect(contrast(theme.colour, background.light)).toBeGreaterThanOrEqual(4.5);
		});
		it(`colourDark ${theme.colourDark} reads as text on the dark ${name} (${background.dark})`, () => {
			expect(contrast(theme.colourDark, background.dark)).toBeGreaterThanOrEqual(4.5);
		});
	}
	it('its check box stays visible (3:1) on its own pressed toggle, tinted 14%', () => {
		const { light, dark } = backgrounds.surface;
		expect(contrast(theme.colour, mix(theme.colour, 0.14, light))).toBeGreaterThanOrEqual(3);
		expect(contrast(theme.colourDark, mix(theme.colourDark, 0.14, dark))).toBeGreaterThanOrEqual(3);
	});
});
