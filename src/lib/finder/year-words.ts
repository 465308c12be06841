import type { Mention, Moment } from './moment.ts';

/**
 * Years that chrono does not read: bare years ("in 1990", "the 2008 crisis") and spans of years.
 * Each reader returns mentions with offsets into the text it was given.
 */

export const YEAR = String.raw`(1[0-9]\d\d|20\d\d|21\d\d)`;
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
	'fiscal',
	'FY',
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

export const year = (value: number): Moment => ({ precision: 'year', year: value });

/**
 * "in 1990", "the 2008 crisis", "(1991)", and a year that opens a sentence or a line of a list:
 * "1991: …", "• 1952 – …".
 */
export function bareYears(text: string): Mention[] {
	const found: Mention[] = [];
	const pattern = new RegExp(ALONE_BEFORE + String.raw`\b` + YEAR + ALONE_AFTER, 'g');
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		const end = start + match[0].length;
		const before = text.slice(Math.max(0, start - 24), start);
		const after = text.slice(end, end + 24);
		const opensSentence = /(?:^|[.!?]\s+)(?:[-•*–—]\s*)?$/.test(before) && /^\s*[,:–—]/.test(after);
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
