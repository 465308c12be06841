import type { Season } from '../model/precision.ts';
import type { Mention, Moment } from './moment.ts';

/**
 * Dates that chrono does not read: bare years ("in 1990", "the 2008 crisis"), spans of years,
 * decades and seasons. Each reader returns mentions with offsets into the text it was given.
 */

const YEAR = String.raw`(1[0-9]\d\d|20\d\d|21\d\d)`;
/** Not a piece of a longer number, an amount, a percentage, an ISO day or a decade. */
const ALONE_BEFORE = String.raw`(?<![\d,.$€£#№/'’-])`;
const ALONE_AFTER = String.raw`(?![\d%]|[.,]\d|['’]?s\b|-\d|/\d)`;

/** Words after which a four-digit number is a year. */
const YEAR_CUES = [
	'in',
	'since',
	'by',
	'from',
	'until',
	'till',
	'to',
	'of',
	'before',
	'after',
	'during',
	'around',
	'about',
	'circa',
	'c.',
	'ca.',
	'early',
	'late',
	'mid',
	'mid-',
	'the',
	'between',
	'and',
	'through',
	'throughout',
	'for',
	'as of',
	'year',
	'spring',
	'summer',
	'autumn',
	'fall',
	'winter',
	'('
];
const CUE_BEFORE = new RegExp(
	String.raw`(?:^|[\s(])(?:${YEAR_CUES.map(escape).join('|')})\s*$|\(\s*$`,
	'i'
);
/** A count, not a year: "about 2000 workers", "some 1500 tonnes". */
const QUANTITY_BEFORE =
	/\b(?:about|around|some|over|nearly|almost|than|roughly|approximately|up to|at least|only|just)\s+$/i;
const COUNTED_AFTER = /^\s+[a-z]+s\b/;
const UNIT_AFTER =
	/^\s+(?:tenge|dollars?|euros?|roubles?|rubles?|pounds?|tons?|tonnes?|km|kilometres?|kilometers?|metres?|meters?|miles?|people|men|women|children|feet|hectares?|barrels?)\b/i;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const year = (value: number): Moment => ({ precision: 'year', year: value });

/** "in 1990", "the 2008 crisis", "(1991)", and a year that opens a sentence: "1991: …". */
export function bareYears(text: string): Mention[] {
	const found: Mention[] = [];
	const pattern = new RegExp(ALONE_BEFORE + String.raw`\b` + YEAR + ALONE_AFTER, 'g');
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		const end = start + match[0].length;
		const before = text.slice(Math.max(0, start - 24), start);
		const after = text.slice(end, end + 24);
		const opensSentence = /(?:^|[.!?]\s+)$/.test(before) && /^\s*[,:–—]/.test(after);
		const yearWas = /\byear\s+(?:\w+\s+)?(?:was|is|were)\s+$/i.test(before);
		if (!CUE_BEFORE.test(before) && !opensSentence && !yearWas) continue;
		if (UNIT_AFTER.test(after)) continue;
		if (QUANTITY_BEFORE.test(before) && COUNTED_AFTER.test(after)) continue;
		const mention: Mention = { start, end, from: year(Number(match[1])), hedged: false };
		// "since 2000" runs to the last whole year before the text was published, where that is known.
		if (/\bsince\s+$/i.test(before)) mention.to = { precision: 'year', yearOffset: -1 };
		found.push(mention);
	}
	return found;
}

/** "from 1995 to 1999", "between 1995 and 1999", "1995–1999", "1995-99". */
export function yearSpans(text: string): Mention[] {
	const found: Mention[] = [];
	const worded = new RegExp(
		String.raw`\b(?:from|between)\s+${YEAR}\s+(?:to|and|until|till|through)\s+${YEAR}\b`,
		'gi'
	);
	const dashed = new RegExp(
		ALONE_BEFORE + String.raw`\b${YEAR}\s*[–—-]\s*(\d{4}|\d{2})` + ALONE_AFTER,
		'g'
	);
	for (const match of [...text.matchAll(worded), ...text.matchAll(dashed)]) {
		const first = Number(match[1]);
		const written = match[2]!;
		const last = written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : +written;
		if (last <= first) continue;
		const start = match.index;
		found.push({
			start,
			end: start + match[0].length,
			from: year(first),
			to: year(last),
			hedged: false
		});
	}
	return found;
}

/**
 * "from 6 percent in 1990 to 2.3 percent in 2005": a change measured between two years is a
 * span, though other words stand between them.
 */
export function changeSpans(text: string): Mention[] {
	// Up to sixty characters of one clause, decimals included: "2.3 percent".
	const WORDS = String.raw`(?:[^.;:]|\.\d){0,60}?`;
	const pattern = new RegExp(
		String.raw`\bfrom\b${WORDS}\bin ${YEAR}\b${WORDS}\bto\b${WORDS}\bin ${YEAR}\b`,
		'gi'
	);
	return [...text.matchAll(pattern)].flatMap((match) => {
		const [first, last] = [Number(match[1]), Number(match[2])];
		if (last <= first) return [];
		const start = match.index;
		return [
			{ start, end: start + match[0].length, from: year(first), to: year(last), hedged: false }
		];
	});
}

/** "in 2009 and 2010": two years in a row, named together, are one span. */
export function adjacentYears(text: string): Mention[] {
	const pattern = new RegExp(String.raw`\b(?:in|during)\s+${YEAR}\s+and\s+${YEAR}\b`, 'gi');
	return [...text.matchAll(pattern)].flatMap((match) => {
		const [first, last] = [Number(match[1]), Number(match[2])];
		if (last !== first + 1) return [];
		const start = match.index;
		return [
			{ start, end: start + match[0].length, from: year(first), to: year(last), hedged: false }
		];
	});
}

const DECADE_PART = { early: [0, 3], mid: [3, 6], late: [7, 9] } as const;

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
		if (number < 1 || number > 21) return [];
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
			const cued = /\b(?:in|that|the|during|by|until|early|late|mid)[-\s]+(?:the\s+)?$/i.test(
				before
			);
			if (!cued || (named === 'fall' && !/\b(?:the|that)\s+$/i.test(before))) continue;
		}
		found.push({
			start,
			end: start + match[0].length,
			from: { precision: 'season', season: SEASON_NAMES[named], year: written },
			hedged: false
		});
	}
	return found;
}
