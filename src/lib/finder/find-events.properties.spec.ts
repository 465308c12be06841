import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventExtent, parsePartialDate, type PartialDate } from '../model/precision.ts';
import type { CandidateDate } from './candidate.ts';
import { findEvents } from './find-events.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const words = fc.constantFrom(
	'the',
	'strike',
	'in',
	'on',
	'May',
	'spring',
	'last',
	'year',
	'Tuesday',
	'1990',
	'1990s',
	'17',
	'–',
	',',
	'.',
	' ',
	'\n',
	'\n\n',
	'from',
	'to',
	'2.3',
	'since',
	'“',
	'’',
	'🙂',
	'é',
	'\u0301'
);
const anyText = fc.oneof(
	fc.string(),
	fc.array(words, { maxLength: 40 }).map((parts) => parts.join(' '))
);
const published = fc.option(fc.constantFrom('2012-01-27', '1999-12-31', '2024-02-29'), {
	nil: undefined
});

describe('findEvents on any text', () => {
	it('never throws, and every quote stands in its paragraph at its offsets', () => {
		fc.assert(
			fc.property(anyText, published, (text, day) => {
				const paragraphs = findEvents(text, { published: day });
				const blocks = text
					.split(/\r?\n\s*\r?\n/)
					.map((block) => block.replace(/\s*\r?\n\s*/g, ' ').trim())
					.filter(Boolean);
				for (const candidate of paragraphs.candidates) {
					expect(blocks[candidate.paragraph - 1]!.slice(candidate.start, candidate.end)).toBe(
						candidate.quote
					);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('finds a written date, and the date it finds lies inside what the statement means', () => {
		const statement = fc.record({
			year: fc.integer({ min: 1800, max: 2099 }),
			month: fc.integer({ min: 1, max: 12 }),
			day: fc.integer({ min: 1, max: 28 }),
			form: fc.constantFrom('year', 'month', 'day', 'season', 'decade')
		});
		fc.assert(
			fc.property(statement, ({ year, month, day, form }) => {
				const named = {
					year: `In ${year}`,
					month: `In ${MONTHS[month - 1]} ${year}`,
					day: `On ${day} ${MONTHS[month - 1]} ${year}`,
					season: `In the summer of ${year}`,
					decade: `In the ${year - (year % 10)}s`
				}[form];
				const meant: PartialDate = { precision: 'day', year, month, day };
				const [candidate] = findEvents(
					`${named}, the bridge over the river was finished.`
				).candidates;
				expect(candidate).toBeDefined();
				const found = extentOf(candidate!.date);
				const statementExtent = {
					year: extentOf(String(year)),
					month: extentOf(`${year}-${String(month).padStart(2, '0')}`),
					day: eventExtent({ kind: 'single', value: meant }),
					season: extentOf(`summer ${year}`),
					decade: extentOf({
						start: String(year - (year % 10)),
						end: String(year - (year % 10) + 9)
					})
				}[form];
				expect(found.start.getTime()).toBeGreaterThanOrEqual(statementExtent.start.getTime());
				expect(found.end.getTime()).toBeLessThanOrEqual(statementExtent.end.getTime());
			}),
			{ numRuns: 300 }
		);
	});
});

function extentOf(date: CandidateDate) {
	const part = (text: string) => parsePartialDate(text) as PartialDate;
	if (typeof date === 'string') return eventExtent({ kind: 'single', value: part(date) });
	return eventExtent({ kind: 'span', start: part(date.start), end: part(date.end) });
}
