/**
 * Quotes are matched after folding white space and typographic quote marks, so that an editor
 * may type straight quotes for curly ones. Everything else must match exactly.
 */
const FOLDED_CHARS: Record<string, string> = {
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u2033': '"',
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u2032': "'"
};

interface FoldedText {
	text: string;
	/** For each character of `text`, its offset in the original string. */
	offsets: number[];
}

export function foldText(original: string): FoldedText {
	let text = '';
	const offsets: number[] = [];
	let inSpace = false;
	for (let index = 0; index < original.length; index++) {
		const char = original[index]!;
		if (/\s/.test(char)) {
			if (!inSpace && text.length > 0) {
				text += ' ';
				offsets.push(index);
			}
			inSpace = true;
			continue;
		}
		inSpace = false;
		text += FOLDED_CHARS[char] ?? char;
		offsets.push(index);
	}
	if (text.endsWith(' ')) {
		text = text.slice(0, -1);
		offsets.pop();
	}
	return { text, offsets };
}

export interface QuoteLocation {
	/** 1-based paragraph number. */
	paragraph: number;
	/** Half-open [start, end) offsets into the paragraph's plain text. */
	start: number;
	end: number;
}

/**
 * Folds a source's paragraphs once and returns a finder for quotes in it: a collection quotes
 * the same source thousands of times, and folding is the costly part.
 */
export function quoteFinder(paragraphs: readonly string[]) {
	const folded = paragraphs.map(foldText);
	return function find(quote: string): QuoteLocation | null {
		const needle = foldText(quote).text;
		if (needle.length === 0) return null;
		for (let index = 0; index < folded.length; index++) {
			const paragraph = folded[index]!;
			const at = paragraph.text.indexOf(needle);
			if (at === -1) continue;
			const start = paragraph.offsets[at]!;
			const end = paragraph.offsets[at + needle.length - 1]! + 1;
			return { paragraph: index + 1, start, end };
		}
		return null;
	};
}

/** Finds the first paragraph holding the quote, or null when it is not verbatim in any. */
export function locateQuote(quote: string, paragraphs: readonly string[]): QuoteLocation | null {
	return quoteFinder(paragraphs)(quote);
}
