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

/** A sentence that ends in a note mark, as copied from Wikipedia: "…marriage.[24] Eich's…". */
const CITED_END = /[.!?]["”’)]*(?:\[\d+\])+\s+(?=[A-Z“"])/g;

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
	for (const match of paragraph.matchAll(CITED_END)) cuts.add(match.index + match[0].length);
	const ordered = [...cuts, paragraph.length].sort((a, b) => a - b);
	const spans: Span[] = [];
	for (let index = 0; index < ordered.length - 1; index++) {
		const span = trimmedSpan(paragraph, ordered[index]!, ordered[index + 1]!);
		if (span) spans.push(span);
	}
	return spans;
}

/** Where one clause ends and the next begins, strongest first. */
// Each run of spaces is tried once, from its start ((?<!\s)): a long run must not be scanned
// again from every space in it.
const CLAUSE_BREAKS = [
	/;\s+|(?<!\s)\s+[—–]\s+|—/g,
	/,\s+(?=(?:while|whereas|but|and|although|though|which|when|after|before|until)\b)/g,
	/(?<!\s)\s+(?=(?:and|but|while|whereas)\s)/g,
	/,\s+/g
];
const SHORTEST_CLAUSE = 4;

/**
 * The clause of a sentence that holds each of its dates: the sentence is cut once between each
 * two dates, at the strongest break that stands between them. A clause too short to read alone
 * gives way to the whole sentence.
 */
export function clausesAround(paragraph: string, sentence: Span, held: readonly Span[]): Span[] {
	const cuts: Array<{ end: number; next: number }> = [];
	for (let index = 0; index + 1 < held.length; index++) {
		cuts.push(cutBetween(paragraph, held[index]!.end, held[index + 1]!.start));
	}
	return held.map((_, index) => {
		const start = index === 0 ? sentence.start : cuts[index - 1]!.next;
		const end = index === held.length - 1 ? sentence.end : cuts[index]!.end;
		return around(paragraph, wordy(paragraph, start, end) ?? sentence, held[index]!);
	});
}

/** A clause too long to read as one quote is cut at words around its date. */
const LONGEST_QUOTE = 600;

function around(paragraph: string, sentence: Span, date: Span): Span {
	if (sentence.end - sentence.start <= LONGEST_QUOTE) return sentence;
	const room = Math.max(0, (LONGEST_QUOTE - (date.end - date.start)) / 2);
	let start = Math.max(sentence.start, Math.floor(date.start - room));
	let end = Math.min(sentence.end, Math.ceil(date.end + room));
	while (
		start > sentence.start &&
		/\S/.test(paragraph[start - 1]!) &&
		start > date.start - room - 40
	)
		start--;
	while (end < sentence.end && /\S/.test(paragraph[end]!) && end < date.end + room + 40) end++;
	return trimmedSpan(paragraph, start, end) ?? date;
}

/** The last break of the strongest kind between two dates; with none, the point between them. */
function cutBetween(paragraph: string, from: number, to: number): { end: number; next: number } {
	const gap = paragraph.slice(from, to);
	for (const pattern of CLAUSE_BREAKS) {
		const found = [...gap.matchAll(pattern)].at(-1);
		if (found) return { end: from + found.index, next: from + found.index + found[0].length };
	}
	return { end: to, next: to };
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
