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
	const { text, original } = squeezed(paragraph.slice(sentence.start, sentence.end));
	const all = [...writtenDates(text, order), ...READERS.flatMap((read) => read(text))].map(
		(mention) => ({
			...mention,
			start: original(mention.start) + sentence.start,
			end: original(mention.end - 1) + 1 + sentence.start
		})
	);
	all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	// Which characters a longer reading has taken: each check costs the mention's own length.
	const taken = new Uint8Array(sentence.end - sentence.start);
	const kept: Mention[] = [];
	for (const mention of all) {
		const [from, to] = [mention.start - sentence.start, mention.end - sentence.start];
		if (taken.subarray(from, to).includes(1)) continue;
		taken.fill(1, from, to);
		kept.push({ ...mention, hedged: mention.hedged || hedgedBefore(paragraph, mention) });
	}
	return joinedDays(
		paragraph,
		kept.sort((a, b) => a.start - b.start)
	);
}

/**
 * The text with each run of white space as one space, and where each of its characters stands in
 * the text given. Chrono's patterns scan a long run of spaces again from every space in it.
 */
function squeezed(text: string): { text: string; original: (index: number) => number } {
	if (!/\s\s/.test(text)) return { text, original: (index) => index };
	const positions: number[] = [];
	let out = '';
	for (let index = 0; index < text.length; index++) {
		if (/\s/.test(text[index]!) && index > 0 && /\s/.test(text[index - 1]!)) continue;
		positions.push(index);
		out += /\s/.test(text[index]!) ? ' ' : text[index];
	}
	return { text: out, original: (index) => positions[index] ?? text.length };
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
