import { escapeHtml } from './html.ts';
import { eventExtent } from './precision.ts';
import type { Theme, TimelineEvent } from './types.ts';

/** The size link previews ask for (Open Graph's and Twitter's large card). */
export const CARD = { width: 1200, height: 630 } as const;

const MARGIN = 72;
const ROWS = 6;
const STRIP = { top: 392, rowHeight: 22, barHeight: 14 };

/** Words on lines of at most `width` characters, the last cut with an ellipsis past `lines`. */
export function wrapWords(text: string, width: number, lines: number): string[] {
	const wrapped: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = wrapped.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width)
			wrapped[wrapped.length - 1] = `${last} ${word}`;
		else wrapped.push(word);
	}
	if (wrapped.length <= lines) return wrapped;
	const kept = wrapped.slice(0, lines);
	kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,;:.]+$/, '')}…`;
	return kept;
}

/** The characters XML may not hold, which would fail the build's drawing. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

interface CardContent {
	title: string;
	description: string;
	/** Who the quotes come from, e.g. "Every quote in its source: World Socialist Web Site". */
	credit: string;
	events: TimelineEvent[];
	themes: Theme[];
}

/**
 * A link preview of the collection as SVG: its title and description, and its events drawn as a
 * strip of theme-coloured bars and dots over the years they cover, in rows as the timeline
 * stacks them. Every string is escaped: the card is text and shapes, never markup it was given.
 */
export function cardSvg({ title, description, credit, events, themes }: CardContent): string {
	const colours = new Map(themes.map((theme) => [theme.id, theme.colour]));
	const extents = events.map((event) => eventExtent(event.date));
	const first = Math.min(...extents.map((extent) => extent.start.getFullYear()));
	// An extent ends at the first moment after it: the year before that moment is its last.
	const last =
		Math.max(...extents.map((extent) => new Date(extent.end.getTime() - 1).getFullYear())) + 1;
	const years = Math.max(1, last - first);
	const inner = CARD.width - 2 * MARGIN;
	const x = (date: Date) =>
		MARGIN + ((date.getFullYear() - first + date.getMonth() / 12) / years) * inner;
	const rowEnds: number[] = [];
	const shapes = events.map((event, index) => {
		const extent = extents[index]!;
		const left = x(extent.start);
		const width = Math.max(STRIP.barHeight, x(extent.end) - left);
		let row = rowEnds.findIndex((end) => end <= left);
		if (row === -1) row = rowEnds.length < ROWS ? rowEnds.length : index % ROWS;
		rowEnds[row] = left + width + 4;
		const colour = colours.get(event.themes[0] ?? '') ?? '#545860';
		const y = STRIP.top + row * STRIP.rowHeight;
		return `<rect x="${left.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${STRIP.barHeight}" rx="4" fill="${escapeHtml(colour)}" fill-opacity="0.85"/>`;
	});
	const step = years > 30 ? 10 : years > 12 ? 5 : years > 5 ? 2 : 1;
	const axisY = STRIP.top + ROWS * STRIP.rowHeight + 18;
	const ticks: string[] = [];
	for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
		const at = x(new Date(year, 0, 1)).toFixed(1);
		ticks.push(
			`<line x1="${at}" y1="${STRIP.top - 10}" x2="${at}" y2="${axisY - 4}" stroke="#d9d6ce"/>`,
			`<text x="${at}" y="${axisY + 22}" font-size="22" fill="#545860" text-anchor="middle">${year}</text>`
		);
	}
	// DejaVu Sans Bold at 60 px fits about 28 characters between the margins.
	const titleLines = wrapWords(title, 28, 2);
	const descriptionLines = wrapWords(description, 62, titleLines.length > 1 ? 2 : 3);
	const text = (lines: string[], top: number, size: number, attributes: string) =>
		lines
			.map(
				(line, index) =>
					`<text x="${MARGIN}" y="${top + index * size * 1.25}" font-size="${size}" ${attributes}>${escapeHtml(xmlText(line))}</text>`
			)
			.join('');
	const descriptionTop = 150 + titleLines.length * 70;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="DejaVu Sans">`,
		`<rect width="100%" height="100%" fill="#fbfaf7"/>`,
		`<rect width="100%" height="10" fill="#0b5f73"/>`,
		text(titleLines, 130, 60, 'font-weight="bold" fill="#1b1d21"'),
		text(descriptionLines, descriptionTop, 28, 'fill="#545860"'),
		...ticks,
		...shapes,
		text(wrapWords(credit, 84, 1), CARD.height - 22, 22, 'fill="#0b5f73"'),
		'</svg>'
	].join('');
}
