import { writtenDates } from './chrono-reader.ts';
import type { Mention } from './moment.ts';
import { relativeDates } from './relative-words.ts';
import { hedgedBefore } from './statement.ts';
import {
	adjacentYears,
	bareYears,
	centuries,
	changeSpans,
	decades,
	seasons,
	yearSpans
} from './year-words.ts';

const READERS = [
	writtenDates,
	relativeDates,
	bareYears,
	yearSpans,
	changeSpans,
	adjacentYears,
	decades,
	centuries,
	seasons
];

/**
 * Every date a sentence names, once: where readers overlap, the longest reading wins, so that
 * "April last year" beats "April", and "from 1995 to 1999" beats "1995".
 */
export function mentionsIn(paragraph: string, sentence: { start: number; end: number }): Mention[] {
	const text = paragraph.slice(sentence.start, sentence.end);
	const all = READERS.flatMap((read) => read(text)).map((mention) => ({
		...mention,
		start: mention.start + sentence.start,
		end: mention.end + sentence.start
	}));
	all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Mention[] = [];
	for (const mention of all) {
		if (kept.some((other) => mention.start < other.end && other.start < mention.end)) continue;
		kept.push({ ...mention, hedged: mention.hedged || hedgedBefore(paragraph, mention) });
	}
	return kept.sort((a, b) => a.start - b.start);
}
