/** A half-open span of a paragraph, in UTF-16 code units. */
export interface Span {
	start: number;
	end: number;
}

/** A piece of a run: the words that name a date, or the words between. */
export interface RunPart {
	text: string;
	date: boolean;
}

/** A run of a paragraph: a statement the finder found (marked), or the text between. */
export interface MarkedRun {
	marked: boolean;
	parts: RunPart[];
}

/** Cuts `text` at the edges of `spans` that fall inside [from, to). */
function cut(text: string, from: number, to: number, spans: readonly Span[]): RunPart[] {
	const parts: RunPart[] = [];
	let at = from;
	for (const { start, end } of spans) {
		if (end <= at || start >= to) continue;
		const [left, right] = [Math.max(start, at), Math.min(end, to)];
		if (left > at) parts.push({ text: text.slice(at, left), date: false });
		parts.push({ text: text.slice(left, right), date: true });
		at = right;
	}
	if (at < to) parts.push({ text: text.slice(at, to), date: false });
	return parts;
}

const byStart = (spans: readonly Span[]) => [...spans].sort((a, b) => a.start - b.start);

/**
 * A paragraph cut into the statements found in it (a statement that overlaps an earlier one is
 * left unmarked) and the text between, with the words naming each date marked inside either.
 */
export function markRuns(
	text: string,
	statements: readonly Span[],
	dates: readonly Span[] = []
): MarkedRun[] {
	const sortedDates = byStart(dates);
	const runs: MarkedRun[] = [];
	let at = 0;
	for (const { start, end } of byStart(statements)) {
		if (start < at || end <= start) continue;
		if (start > at) runs.push({ marked: false, parts: cut(text, at, start, sortedDates) });
		runs.push({ marked: true, parts: cut(text, start, end, sortedDates) });
		at = end;
	}
	if (at < text.length)
		runs.push({ marked: false, parts: cut(text, at, text.length, sortedDates) });
	return runs;
}
