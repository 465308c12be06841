import type { Theme } from '$lib/model/types.ts';

/** An inline style giving an element its theme colour in both colour schemes. */
export function themeColourStyle(theme: Pick<Theme, 'colour' | 'colourDark'>): string {
	return `--theme-colour: light-dark(${theme.colour}, ${theme.colourDark})`;
}
