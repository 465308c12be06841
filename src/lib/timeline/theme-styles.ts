import type { Theme } from '$lib/model/types.ts';
import { themeColourStyle } from '$lib/themes/theme-style.ts';
import type { TimelineLane } from './item-mirror.ts';

/** Each theme's colour as an inline style, by theme id, for the items of that theme. */
export function themeStyles(themes: readonly Theme[]): Record<string, string> {
	return Object.fromEntries(themes.map((theme) => [theme.id, themeColourStyle(theme)]));
}

/** One lane per theme, in the themes' order. */
export function themeLanes(themes: readonly Theme[]): TimelineLane[] {
	return themes.map((theme) => ({
		id: theme.id,
		label: theme.label,
		style: themeColourStyle(theme)
	}));
}
