import { writtenDates, type NumberOrder } from './chrono-reader.ts';
import type { Mention } from './moment.ts';
import { relativeDates } from './relative-words.ts';
import { hedgedBefore } from './statement.ts';
import { centuries, decadePairs, decades, quarters, seasons } from './periods.ts';
import { adjacentYears, bareYears, changeSpans, yearSpans } from './year-words.ts';

const READERS = [
	relativeDates,
	bareYears,
	yearSpans,
	changeSpans,
	adjacentYears,
	decades,
	decadePairs,
	centuries,
	quarters,
	seasons
];

/**
 * Every date a sentence names, once: where readers overlap, the longest reading wins, so that
 * "April last year" beats "April", and "from 1995 to 1999" beats "1995".
 */
export function mentionsIn(
	paragraph: string,
	sentence: { start: number; end: number },
	order: NumberOrder = 'day-first'
): Mention[] {
	const text = paragraph.slice(sentence.start, sentence.end);
	const all = [...writtenDates(text, order), ...READERS.flatMap((read) => read(text))].map(
		(mention) => ({
			...mention,
			start: mention.start + sentence.start,
			end: mention.end + sentence.start
		})
	);
	all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Mention[] = [];
	for (const mention of all) {
		if (kept.some((other) => mention.start < other.end && other.start < mention.end)) continue;
		kept.push({ ...mention, hedged: mention.hedged || hedgedBefore(paragraph, mention) });
	}
	return kept.sort((a, b) => a.start - b.start);
}
