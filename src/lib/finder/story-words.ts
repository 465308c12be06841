import { seasonNamed } from './periods.ts';
import type { Mention } from './moment.ts';
import { plain, readAll, type Reading } from './readings.ts';
import { MONTHS, NUMBERS } from './relative-words.ts';

/**
 * Dates a story counts from the date it last named: "the next day", "two days later", "on the
 * 14th", "the following autumn", "by the end of the decade".
 */

const READINGS: Reading[] = [
	[
		/\b(?:on|by|until|till|from|since)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|birthday|floor|of\b))/gi,
		(match) => {
			const day = Number(match[1]);
			return day >= 1 && day <= 31 ? plain({ precision: 'day', day, inAnchorMonth: true }) : null;
		}
	],
	[
		/\b(?:the\s+)?(?:end|beginning|start|middle) of the month\b/gi,
		() => ({ from: { precision: 'month', inAnchorMonth: true }, hedged: true })
	],
	[
		/\b(?:the\s+(?:next|following)\s+day|the\s+day\s+after|(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+later|that\s+(?:morning|afternoon|evening|night|same\s+day))\b/gi,
		(match) => {
			if (!match[1])
				return plain({
					precision: 'day',
					daysAfterAnchor: /next|following|after/i.test(match[0]) ? 1 : 0
				});
			const word = match[1].toLowerCase();
			const count = /\d/.test(word) ? Number(word) : Math.max(1, NUMBERS.indexOf(word));
			return plain({
				precision: 'day',
				daysAfterAnchor: count * (/week/i.test(match[2]!) ? 7 : 1)
			});
		}
	],
	[
		/\bthe\s+(following|next|previous|preceding)\s+(year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
		(match) => {
			const way = /following|next/i.test(match[1]!) ? 'on' : 'back';
			const word = match[2]!.toLowerCase();
			if (word === 'year') return plain({ precision: 'year', afterAnchor: way });
			const season = seasonNamed(word);
			if (season) return plain({ precision: 'season', season, afterAnchor: way });
			return plain({ precision: 'month', month: MONTHS.indexOf(word) + 1, afterAnchor: way });
		}
	],
	[
		/\b(?:the\s+)?(end|beginning|start|middle) of the decade\b/gi,
		(match) => ({
			from: {
				precision: 'year',
				decadeOfAnchor: /end/i.test(match[1]!) ? 9 : /middle/i.test(match[1]!) ? 5 : 0
			},
			hedged: true
		})
	]
];

export function storyDates(text: string): Mention[] {
	return readAll(READINGS, text);
}
