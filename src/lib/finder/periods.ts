import type { Season } from '../model/precision.ts';
import type { Mention } from './moment.ts';
import { YEAR, year } from './year-words.ts';

/** Dates named by a period: a quarter, a season, a decade or a century. */

const DECADE_PART = { early: [0, 3], mid: [3, 6], late: [7, 9] } as const;

/** Periods every reader dates without being told. */
const NAMED_PERIODS: Array<[RegExp, number, number]> = [
	[/\b(?:the\s+)?(?:First\s+World\s+War|World\s+War\s+(?:I|One|1)\b|Great\s+War)/g, 1914, 1918],
	[/\b(?:the\s+)?(?:Second\s+World\s+War|World\s+War\s+(?:II|Two|2)\b)/g, 1939, 1945],
	[/\b(?:the\s+)?Cold\s+War\b/g, 1947, 1991],
	[/\b(?:the\s+)?Great\s+Depression\b/g, 1929, 1939]
];

/** "during the Second World War": the span of its years. */
export function namedPeriods(text: string): Mention[] {
	return NAMED_PERIODS.flatMap(([pattern, first, last]) =>
		[...text.matchAll(pattern)].map((match) => ({
			start: match.index,
			end: match.index + match[0].length,
			from: year(first),
			to: year(last),
			hedged: false
		}))
	);
}

const QUARTER_NAMES = ['first', 'second', 'third', 'fourth'];

/** "the third quarter of 2019", "Q2 2020", "the second quarter": its three months. */
export function quarters(text: string): Mention[] {
	const pattern = new RegExp(
		String.raw`\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?|Q([1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+|FY\s*)?${YEAR}\b)?`,
		'gi'
	);
	return [...text.matchAll(pattern)].flatMap((match) => {
		const named = match[1]?.toLowerCase();
		const quarter = named ? QUARTER_NAMES.indexOf(named) + 1 || Number(named[0]) : Number(match[2]);
		const written = match[3] ? Number(match[3]) : undefined;
		// "Q2" alone is too often a code; a quarter without a year is only one written out.
		if (!named && written === undefined) return [];
		const month = (quarter - 1) * 3 + 1;
		const start = match.index;
		return [
			{
				start,
				end: start + match[0].length,
				from: { precision: 'month' as const, year: written, month },
				to: { precision: 'month' as const, year: written, month: month + 2 },
				hedged: false
			}
		];
	});
}

/** "the 1920s and 1930s": two decades named together are one span. */
export function decadePairs(text: string): Mention[] {
	const pattern = /\b(1[0-9]\d0|20\d0)s\s+(?:and|to|through)\s+(?:the\s+)?(1[0-9]\d0|20\d0)s\b/gi;
	return [...text.matchAll(pattern)].flatMap((match) => {
		const [first, last] = [Number(match[1]), Number(match[2])];
		if (last <= first) return [];
		const start = match.index;
		return [
			{ start, end: start + match[0].length, from: year(first), to: year(last + 9), hedged: true }
		];
	});
}

/** "the 1990s", "the early 2000s", "the ’90s": the span of its years, approximate. */
export function decades(text: string): Mention[] {
	const pattern = /(?:\b(early|mid|late)[-\s]+)?(?:\b(1[0-9]\d0|20\d0)|['’](\d)0)['’]?s\b/gi;
	const found: Mention[] = [];
	for (const match of text.matchAll(pattern)) {
		const decade = match[2] ? Number(match[2]) : 1900 + Number(match[3]) * 10;
		const part = match[1]
			? DECADE_PART[match[1].toLowerCase() as keyof typeof DECADE_PART]
			: [0, 9];
		const start = match.index;
		found.push({
			start,
			end: start + match[0].length,
			from: year(decade + part[0]),
			to: year(decade + part[1]),
			hedged: true
		});
	}
	return found;
}

const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];
const CENTURY_PART = { early: [0, 32], mid: [33, 66], late: [67, 99] } as const;

/** "the 13th century", "the early nineteenth century": the span of its years, approximate. */
export function centuries(text: string): Mention[] {
	const pattern = new RegExp(
		String.raw`\b(?:(early|mid|late)[-\s]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(${ORDINALS.join('|')}))[-\s]+century\b(?!\s+(?:BC|BCE)\b)`,
		'gi'
	);
	return [...text.matchAll(pattern)].flatMap((match) => {
		const number = match[2] ? Number(match[2]) : ORDINALS.indexOf(match[3]!.toLowerCase()) + 1;
		// The first century has years the model cannot hold (0 to 99).
		if (number < 2 || number > 21) return [];
		const first = (number - 1) * 100;
		const part = match[1]
			? CENTURY_PART[match[1].toLowerCase() as keyof typeof CENTURY_PART]
			: [0, 99];
		const start = match.index;
		return [
			{
				start,
				end: start + match[0].length,
				from: year(first + part[0]),
				to: year(first + part[1]),
				hedged: true
			}
		];
	});
}

const SEASON_NAMES: Record<string, Season> = {
	spring: 'spring',
	summer: 'summer',
	autumn: 'autumn',
	fall: 'autumn',
	winter: 'winter'
};

/** The season a word names, in any case ("Fall" is autumn), or undefined for any other word. */
export function seasonNamed(word: string): Season | undefined {
	return Object.hasOwn(SEASON_NAMES, word.toLowerCase())
		? SEASON_NAMES[word.toLowerCase()]
		: undefined;
}

/**
 * "spring 2011", "in the spring of 2011", "that autumn", "winter 2010/11". A season without a
 * year needs a cue ("in the", "that"), and one after a capitalised word is a name: "Arab spring".
 */
export function seasons(text: string): Mention[] {
	const found: Mention[] = [];
	const pattern = new RegExp(
		String.raw`\b(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?${YEAR}(?:/\d{2})?\b)?`,
		'gi'
	);
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		const before = text.slice(Math.max(0, start - 30), start);
		if (
			/[A-Z][\w’']*\s+$/.test(before) &&
			!/(?:^|\s)(?:In|The|That|This|By|During)\s+$/.test(before)
		) {
			continue;
		}
		const named = match[1]!.toLowerCase();
		const written = match[2] ? Number(match[2]) : undefined;
		if (written === undefined) {
			// "In the autumn", "that autumn"; not "the winter" alone: "closes for the winter".
			const cued =
				/\b(?:in|that|during|by|until|early|late|mid)[-\s]+(?:the\s+)?$/i.test(before) ||
				/\b(?:in|during|by|until)\s+the\s+$/i.test(before);
			if (!cued || (named === 'fall' && !/\b(?:the|that)\s+$/i.test(before))) continue;
		}
		found.push({
			start,
			end: start + match[0].length,
			from: { precision: 'season', season: seasonNamed(named), year: written },
			hedged: false
		});
	}
	return found;
}
