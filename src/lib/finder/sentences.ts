/** Where sentences and clauses stand in a paragraph, as half-open offsets. */
export interface Span {
	start: number;
	end: number;
}

/**
 * A text's paragraphs, as `splitParagraphs` in model/markdown.ts makes them (so that paragraph
 * numbers and offsets are the ones the source pages use), with where each joined line began.
 */
export function paragraphsWithLines(text: string): Array<{ text: string; lineStarts: number[] }> {
	return text.split(/\r?\n\s*\r?\n/).flatMap((block) => {
		const lines = block
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line.length > 0);
		if (lines.length === 0) return [];
		const lineStarts: number[] = [];
		let offset = 0;
		for (const line of lines) {
			lineStarts.push(offset);
			offset += line.length + 1;
		}
		return [{ text: lines.join(' '), lineStarts }];
	});
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A line that opens with a bullet, or with a date and a dash or colon ("11.05.2011 – …",
 * "16 December 2011: …"), is an entry of a list, whatever came before it.
 */
const ENTRY = /^(?:[-•*–—]\s|[\w.,/ ]{0,20}?\d\s*[:–—|-]\s)/;
/**
 * ICU cuts after any full stop followed by a capital: "Mr. Smith", "Jan. 5". No cut after a
 * common abbreviation or an initial, nor before a word in lower case.
 */
const ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|No|vs|e\.g|i\.e|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;

export function sentenceSpans(paragraph: string, lineStarts: readonly number[] = []): Span[] {
	const cuts = new Set<number>();
	for (const { index } of segmenter.segment(paragraph)) {
		const before = paragraph.slice(Math.max(0, index - 8), index);
		if (index === 0 || !(ABBREVIATION.test(before) || /^[a-z\d]/.test(paragraph.slice(index)))) {
			cuts.add(index);
		}
	}
	for (const start of lineStarts) if (ENTRY.test(paragraph.slice(start))) cuts.add(start);
	const ordered = [...cuts, paragraph.length].sort((a, b) => a - b);
	const spans: Span[] = [];
	for (let index = 0; index < ordered.length - 1; index++) {
		const span = trimmedSpan(paragraph, ordered[index]!, ordered[index + 1]!);
		if (span) spans.push(span);
	}
	return spans;
}

/** Where a clause of a long sentence ends: a semicolon, a dash, or a comma before a new clause. */
const CLAUSE_BREAK = /;\s+|\s+[—–]\s+|—|,\s+(?=(?:while|whereas|but|and|although|though|which)\b)/g;
const SHORTEST_CLAUSE = 4;

/** The clause of a sentence that holds a span, or the whole sentence if that clause is short. */
export function clauseAround(paragraph: string, sentence: Span, held: Span): Span {
	const text = paragraph.slice(sentence.start, sentence.end);
	let start = sentence.start;
	for (const match of text.matchAll(CLAUSE_BREAK)) {
		const breakStart = sentence.start + match.index;
		const breakEnd = breakStart + match[0].length;
		if (breakEnd <= held.start) start = breakEnd;
		else if (breakStart >= held.end) {
			return wordy(paragraph, start, breakStart) ?? sentence;
		}
	}
	return wordy(paragraph, start, sentence.end) ?? sentence;
}

function wordy(paragraph: string, start: number, end: number): Span | null {
	const span = trimmedSpan(paragraph, start, end);
	if (!span) return null;
	const words = paragraph.slice(span.start, span.end).split(/\s+/).length;
	return words >= SHORTEST_CLAUSE ? span : null;
}

function trimmedSpan(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end > start ? { start, end } : null;
}
