import { writtenDates, type NumberOrder } from './chrono-reader.ts';
import type { Mention } from './moment.ts';
import { relativeDates } from './relative-words.ts';
import { storyDates } from './story-words.ts';
import { hedgedBefore } from './statement.ts';
import { centuries, decadePairs, decades, namedPeriods, quarters, seasons } from './periods.ts';
import { adjacentYears, bareYears, changeSpans, yearSpans } from './year-words.ts';

const READERS = [
	relativeDates,
	storyDates,
	bareYears,
	yearSpans,
	changeSpans,
	adjacentYears,
	decades,
	decadePairs,
	centuries,
	quarters,
	namedPeriods,
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
	return joinedDays(
		paragraph,
		kept.sort((a, b) => a.start - b.start)
	);
}

/** "between 2018-12-10 and 2018-12-22", "from 3 June to 9 June": two days named as one span. */
function joinedDays(paragraph: string, mentions: Mention[]): Mention[] {
	const joined: Mention[] = [];
	for (const mention of mentions) {
		const last = joined.at(-1);
		const between = last ? paragraph.slice(last.end, mention.start) : '';
		const opened = last
			? /\b(?:between|from)\s+$/i.test(paragraph.slice(Math.max(0, last.start - 10), last.start))
			: false;
		const days =
			last &&
			!last.to &&
			!mention.to &&
			last.from.precision === 'day' &&
			mention.from.precision === 'day';
		if (last && days && opened && /^\s*(?:and|to|until|till|through|[–—-])\s*$/i.test(between)) {
			joined[joined.length - 1] = {
				...last,
				end: mention.end,
				to: mention.from,
				hedged: last.hedged || mention.hedged
			};
		} else {
			joined.push(mention);
		}
	}
	return joined;
}
