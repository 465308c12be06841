import { seasonNamed } from './periods.ts';
import type { Mention } from './moment.ts';
import { plain, readAll, type Reading } from './readings.ts';

/**
 * Dates that count from the day the text was published: "last year", "in April last year",
 * "last December", "on Tuesday", "two years ago", "in recent years", "yesterday".
 */

export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const NUMBERS = [
	'a',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];
const OFFSET = { last: -1, this: 0, next: 1 } as const;
const WAY = { last: 'back', next: 'on' } as const;

type Word = keyof typeof OFFSET;
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const wordOf = (text: string) => text.toLowerCase() as Word;

const READINGS: Reading[] = [
	[
		/\b(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+of)?\s+(last|next|this)\s+year\b/gi,
		(match) =>
			plain({
				precision: 'month',
				month: monthOf(match[1]!),
				yearOffset: OFFSET[wordOf(match[2]!)]
			})
	],
	[
		/\b(last|next|this)\s+year\b/gi,
		(match) => plain({ precision: 'year', yearOffset: OFFSET[wordOf(match[1]!)] })
	],
	[
		/\b(last|next)\s+(january|february|march|april|june|july|august|september|october|november|december)\b/gi,
		(match) =>
			plain({
				precision: 'month',
				month: monthOf(match[2]!),
				way: WAY[wordOf(match[1]!) as 'last']
			})
	],
	[
		/\b(last|next|this)\s+(spring|summer|autumn|fall|winter)\b/gi,
		(match) => {
			const season = seasonNamed(match[2]!)!;
			const word = wordOf(match[1]!);
			if (word === 'this') return plain({ precision: 'season', season, yearOffset: 0 });
			return plain({ precision: 'season', season, way: WAY[word] });
		}
	],
	[
		/\b(?:(last|next|this|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!,?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
		(match) => {
			// "every Tuesday and Saturday", "every second Monday", "a Sunday": no one day.
			const before = match.input!.slice(Math.max(0, match.index! - 30), match.index);
			if (
				/\b(?:every|each|a|an)\s+(?:\w+\s+(?:and|or)\s+|second\s+|other\s+|first\s+|last\s+)?$/i.test(
					before
				)
			) {
				return null;
			}
			const word = match[1]?.toLowerCase();
			const way = word === 'last' ? 'back' : word === 'next' ? 'on' : undefined;
			return plain({ precision: 'day', weekday: WEEKDAYS.indexOf(match[2]!.toLowerCase()), way });
		}
	],
	[
		/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b/gi,
		(match) => {
			const word = match[1]!.toLowerCase();
			const count = /\d/.test(word) ? Number(word) : Math.max(1, NUMBERS.indexOf(word));
			return plain({ precision: 'year', yearOffset: -count });
		}
	],
	[
		/\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)|recent)\s+(?:few\s+|several\s+)?years\b/gi,
		() => ({
			from: { precision: 'year', yearOffset: -4 },
			to: { precision: 'year', yearOffset: -1 },
			hedged: true
		})
	],
	[
		/\b(?:(earlier|later)\s+)?(this|last|next)\s+month\b/gi,
		(match) => plain({ precision: 'month', monthOffset: OFFSET[wordOf(match[2]!)] })
	],
	// Not "today": more often it means "nowadays" than the day of an event.
	[
		/\b(yesterday|tomorrow)\b/gi,
		(match) => {
			const dayOffset = { yesterday: -1, tomorrow: 1 }[match[1]!.toLowerCase()]!;
			return plain({ precision: 'day', dayOffset });
		}
	]
];

export function relativeDates(text: string): Mention[] {
	return readAll(READINGS, text);
}
