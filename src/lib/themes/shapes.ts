/**
 * A shape per theme, so that theme is never shown by colour alone: the legend, the narrative
 * and the timeline items all draw the same shape beside the colour. Paths fit a 10×10 box.
 */
const SHAPES = [
	'M5 0.5a4.5 4.5 0 1 0 0.001 0z', // circle
	'M1 1h8v8h-8z', // square
	'M5 0.5l4.5 8.5h-9z', // triangle
	'M5 0l5 5-5 5-5-5z', // diamond
	'M5 0l1.5 3.4 3.5 0.4-2.7 2.3 0.9 3.6-3.2-2-3.2 2 0.9-3.6-2.7-2.3 3.5-0.4z', // star
	'M2.5 0.7h5l2.5 4.3-2.5 4.3h-5l-2.5-4.3z', // hexagon
	'M3.5 0h3v3.5h3.5v3h-3.5v3.5h-3v-3.5h-3.5v-3h3.5z' // cross
] as const;

export function themeShape(themeIndex: number): string {
	return SHAPES[((themeIndex % SHAPES.length) + SHAPES.length) % SHAPES.length]!;
}
