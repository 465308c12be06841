/**
 * The source texts are Markdown with only two inline features: *emphasis* and backslash escapes
 * (`US\$7`). This reads a paragraph into plain text plus the emphasised ranges, so quotes can be
 * matched against what a reader sees and the reader can still show the italics.
 */
export interface InlineText {
	plain: string;
	/** Half-open [start, end) offsets into `plain`. */
	emphasis: Array<[number, number]>;
}

export function parseInline(markdown: string): InlineText {
	let plain = '';
	const emphasis: Array<[number, number]> = [];
	let openAt: number | null = null;
	for (let index = 0; index < markdown.length; index++) {
		const char = markdown[index]!;
		if (char === '\\' && index + 1 < markdown.length) {
			plain += markdown[++index];
		} else if (char === '*') {
			if (openAt === null) openAt = plain.length;
			else {
				emphasis.push([openAt, plain.length]);
				openAt = null;
			}
		} else {
			plain += char;
		}
	}
	return { plain, emphasis };
}

/** Splits Markdown into paragraphs at blank lines, folding line breaks inside a paragraph. */
export function splitParagraphs(markdown: string): string[] {
	return markdown
		.split(/\r?\n\s*\r?\n/)
		.map((block) => block.replace(/(?<!\s)\s*\r?\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0);
}

export interface InlineRun {
	text: string;
	emphasis: boolean;
	marked: boolean;
}

/** Cuts a paragraph into runs at every emphasis and mark boundary, for rendering. */
export function inlineRuns(inline: InlineText, mark?: readonly [number, number]): InlineRun[] {
	const cuts = new Set([0, inline.plain.length]);
	for (const [start, end] of inline.emphasis) cuts.add(start).add(end);
	if (mark) cuts.add(Math.max(0, mark[0])).add(Math.min(inline.plain.length, mark[1]));
	const points = [...cuts].sort((a, b) => a - b);
	const runs: InlineRun[] = [];
	for (let index = 0; index < points.length - 1; index++) {
		const [start, end] = [points[index]!, points[index + 1]!];
		if (end <= start) continue;
		runs.push({
			text: inline.plain.slice(start, end),
			emphasis: inline.emphasis.some(([from, to]) => from <= start && end <= to),
			marked: mark !== undefined && mark[0] <= start && end <= mark[1]
		});
	}
	return runs;
}
