/**
 * The colours a teacher's themes take, in order: the site's own theme colours, each with its
 * light-scheme and dark-scheme form, every one checked for contrast by the build's
 * theme-contrast spec on events/themes.yaml.
 */
export const PALETTE: ReadonlyArray<{ name: string; colour: string; colourDark: string }> = [
	{ name: 'Blue', colour: '#1d4ed8', colourDark: '#93b4ff' },
	{ name: 'Amber', colour: '#b45309', colourDark: '#fbbf6a' },
	{ name: 'Red', colour: '#b91c1c', colourDark: '#ff9c9c' },
	{ name: 'Green', colour: '#047857', colourDark: '#6ee7b7' },
	{ name: 'Purple', colour: '#7e22ce', colourDark: '#d8b4fe' },
	{ name: 'Teal', colour: '#0e7490', colourDark: '#67e8f9' },
	{ name: 'Pink', colour: '#be185d', colourDark: '#f9a8d4' }
];
