import nlp from 'compromise';
import type { Candidate } from './candidate.ts';

interface Found {
	offset: { start: number; length: number };
}

/**
 * Fills in the people and places compromise recognises in each quote. It reads all the quotes
 * as one document, since a call costs far more than the words it reads.
 */
export function nameCandidates(candidates: Candidate[]): void {
	if (candidates.length === 0) return;
	const quotes = [...new Set(candidates.map((candidate) => candidate.quote))];
	const starts: number[] = [];
	let joined = '';
	for (const quote of quotes) {
		starts.push(joined.length);
		joined += `${quote}\n\n`;
	}
	const document = nlp(joined);
	const byQuote = (found: Found[]) => {
		const names = quotes.map(() => new Set<string>());
		for (const { offset } of found) {
			const text = tidy(joined.slice(offset.start, offset.start + offset.length));
			const quote = lastIndexAtOrBefore(starts, offset.start);
			if (text && quote >= 0) names[quote]!.add(text);
		}
		return names;
	};
	const people = byQuote(document.people().json({ offset: true }) as Found[]);
	const places = byQuote(document.places().json({ offset: true }) as Found[]);
	const indexOf = new Map(quotes.map((quote, index) => [quote, index]));
	for (const candidate of candidates) {
		const index = indexOf.get(candidate.quote)!;
		candidate.people = [...people[index]!];
		candidate.places = [...places[index]!];
	}
}

/** The last of the ascending `starts` at or before `offset`, by halves; -1 if none. */
function lastIndexAtOrBefore(starts: number[], offset: number): number {
	let [low, high] = [0, starts.length - 1];
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (starts[middle]! <= offset) [found, low] = [middle, middle + 1];
		else high = middle - 1;
	}
	return found;
}

/** Compromise keeps a possessive or a closing mark on a name: "Nazarbayev’s", "Alga!,". */
function tidy(name: string): string {
	return name
		.replace(/^[\s“"‘'(]+/, '')
		.replace(/[\s,.;:!?”"’')]+$/, '')
		.replace(/[’']s$/, '')
		.trim();
}
