import { describe, expect, it } from 'vitest';
import { buildCollection } from '$lib/collection/collection.ts';
import type { TimelineEvent } from '$lib/model/types.ts';
import { toTimelineJs, type TimelineJsDate } from './timelinejs.ts';
import { escapeHtml } from '$lib/model/html.ts';
import { timelineEvent } from '$lib/model/fixtures.ts';
import { readContentDir } from '$lib/content/read-content-dir.ts';

const collection = buildCollection(readContentDir('events'));
const document = toTimelineJs(collection);
const slideOf = (id: string) => document.events.find((slide) => slide.unique_id === id)!;

function expectValidDate(date: TimelineJsDate) {
	expect(Number.isInteger(date.year)).toBe(true);
	if (date.month === undefined) {
		expect(date.day).toBeUndefined();
		return;
	}
	expect(date.month).toBeGreaterThanOrEqual(1);
	expect(date.month).toBeLessThanOrEqual(12);
	if (date.day !== undefined) {
		const daysInMonth = new Date(date.year, date.month, 0).getDate();
		expect(date.day).toBeGreaterThanOrEqual(1);
		expect(date.day).toBeLessThanOrEqual(daysInMonth);
	}
}

describe('toTimelineJs', () => {
	it('gives every event a slide with valid dates, keeping its id', () => {
		expect(document.events.map((slide) => slide.unique_id)).toEqual(
			collection.events.map((event) => event.id)
		);
		for (const slide of document.events) {
			expectValidDate(slide.start_date);
			if (slide.end_date) expectValidDate(slide.end_date);
		}
	});

	it('keeps each date to its precision and shows it as the site does', () => {
		expect(slideOf('nazarbayev-comes-to-power').start_date).toEqual({
			year: 1990,
			display_date: '1990'
		});
		expect(slideOf('early-presidential-election').start_date).toEqual({
			year: 2011,
			month: 4,
			display_date: 'April 2011'
		});
		expect(slideOf('zhanaozen-massacre')).toMatchObject({
			start_date: { year: 2011, month: 12, day: 16 },
			display_date: '16 December 2011',
			group: 'Repression'
		});
		expect(slideOf('zhanaozen-massacre').end_date).toBeUndefined();
	});

	it('turns a season into its months', () => {
		expect(slideOf('arab-spring-reaches-kazakhstan')).toMatchObject({
			start_date: { year: 2011, month: 3, display_date: 'Spring 2011' },
			end_date: { year: 2011, month: 5, display_date: 'Spring 2011' },
			display_date: 'Spring 2011'
		});
		const winter = {
			...collection.events[0]!,
			date: { kind: 'single', value: { precision: 'season', year: 2011, season: 'winter' } }
		} satisfies TimelineEvent;
		const [slide] = toTimelineJs({ ...collection, events: [winter] }).events;
		expect(slide).toMatchObject({
			start_date: { year: 2011, month: 12 },
			end_date: { year: 2012, month: 2 }
		});
	});

	it('marks approximate and planned dates', () => {
		expect(slideOf('oil-workers-strikes')).toMatchObject({
			start_date: { year: 2008 },
			end_date: { year: 2011 },
			display_date: 'c. 2008–2011'
		});
		expect(slideOf('two-party-system-2015').display_date).toBe('2015 (planned)');
	});

	it('escapes headline and text, which TimelineJS renders as HTML', () => {
		const risky = {
			...collection.events[0]!,
			title: '<img src=x onerror=alert(1)>',
			description: `Tom & Jerry's "show"`,
			quotes: []
		};
		const [slide] = toTimelineJs({ ...collection, events: [risky] }).events;
		expect(slide!.text).toEqual({
			headline: '&lt;img src=x onerror=alert(1)&gt;',
			text: '<p>Tom &amp; Jerry&#39;s &quot;show&quot;</p><p><em>No source quote</em></p>'
		});
	});

	it('says so on a slide whose event has no quote, and keeps a date as TimelineJS gave it', () => {
		const imported = {
			...collection.events[0]!,
			description: 'Imported.',
			quotes: [],
			displayDate: 'c. mid-January 2012'
		};
		const [slide] = toTimelineJs({ ...collection, events: [imported] }).events;
		expect(slide!.text.text).toBe('<p>Imported.</p><p><em>No source quote</em></p>');
		expect(slide!.display_date).toBe('c. mid-January 2012');
		expect(slideOf('zhanaozen-massacre').text.text).not.toContain('No source quote');
	});

	it('carries every quote of the event, each with its citation, after the description', () => {
		const zhanaozen = collection.events.find((event) => event.id === 'zhanaozen-massacre')!;
		const { text } = slideOf('zhanaozen-massacre').text;
		const cite = (paragraph: number) =>
			`<cite>Clara Weiss, “Kazakh elections take place amid rising social tensions”, World Socialist Web Site, 27 January 2012, paragraph ${paragraph}</cite>`;
		expect(text).toBe(
			`<p>${escapeHtml(zhanaozen.description)}</p>` +
				zhanaozen.quotes
					.map(
						(quote) =>
							`<blockquote><p>${escapeHtml(quote.text)}</p>${cite(quote.paragraph)}</blockquote>`
					)
					.join('')
		);
		expect(zhanaozen.quotes.map((quote) => quote.paragraph)).toEqual([1, 8, 9]);
		expect(text).toContain(
			'<p>on December 16, security forces massacred at least 17 striking oil workers in the town of Zhanaozen, many more were wounded</p>'
		);
	});

	it('escapes quotes and citations, adding no tags but its own', () => {
		const sources = [
			{ ...collection.sources[0]!, title: '</cite><script>alert(1)</script>', author: 'A & B' }
		];
		const quoted = timelineEvent({
			description: '<b>bold</b>',
			quotes: [
				{
					text: '"><img src=x onerror=alert(1)>',
					source: sources[0]!.id,
					paragraph: 3,
					start: 0,
					end: 1
				},
				{ text: 'from a source not given', source: 'elsewhere', paragraph: 2, start: 0, end: 1 }
			]
		});
		const [slide] = toTimelineJs({
			events: [quoted],
			themes: [],
			sources,
			settings: collection.settings
		}).events;
		const { text } = slide!.text;
		expect(text).toContain('<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>');
		expect(text).toContain(
			'<cite>A &amp; B, “&lt;/cite&gt;&lt;script&gt;alert(1)&lt;/script&gt;”,'
		);
		expect(text).toContain('<cite>elsewhere, paragraph 2</cite>');
		const ownTags = /<\/?(?:p|blockquote|cite)>/g;
		expect(text.replace(ownTags, '')).not.toMatch(/[<>"]/);
	});

	it('escapes the group label twice: TimelineJS strips it to text, then writes that as HTML', () => {
		const themes = collection.themes.map((theme, index) =>
			index === 0 ? { ...theme, label: '<svg onload=alert(1)> & co' } : theme
		);
		const first = collection.events.find((event) => event.themes[0] === themes[0]!.id)!;
		const [slide] = toTimelineJs({ ...collection, themes, events: [first] }).events;
		expect(slide!.group).toBe('&amp;lt;svg onload=alert(1)&amp;gt; &amp;amp; co');
	});

	it('says on the title slide which events a download holds, escaped', () => {
		const about = '2 events matching “<b>oil</b>”';
		const { title } = toTimelineJs({ ...collection, events: collection.events.slice(0, 2) }, about);
		expect(title!.text.text).toMatch(
			/^<p>2 events matching “&lt;b&gt;oil&lt;\/b&gt;”<\/p><p>Kazakhstan from /
		);
		expect(toTimelineJs(collection).title!.text.text).toMatch(
			/^Kazakhstan from 1990 to the January 2012 elections, .* Quotes from Clara Weiss, /
		);
	});

	it('names the collection on the title slide, in its own words, escaped', () => {
		const settings = { title: 'Strikes <i>2011</i>', description: 'Oil & <b>gas</b>.' };
		const { title } = toTimelineJs({ ...collection, settings });
		expect(title!.text.headline).toBe('Strikes &lt;i&gt;2011&lt;/i&gt;');
		expect(title!.text.text).toMatch(/^Oil &amp; &lt;b&gt;gas&lt;\/b&gt;\. Quotes from /);
	});
});

describe('display_date', () => {
	const year = (value: number) => ({ precision: 'year', year: value }) as const;
	const cases: Array<[string, Partial<TimelineEvent>, string]> = [
		['a year', { date: { kind: 'single', value: year(1990) } }, '1990'],
		[
			'a season',
			{ date: { kind: 'single', value: { precision: 'season', year: 2011, season: 'spring' } } },
			'Spring 2011'
		],
		[
			'a month',
			{ date: { kind: 'single', value: { precision: 'month', year: 2011, month: 4 } } },
			'April 2011'
		],
		[
			'a day',
			{ date: { kind: 'single', value: { precision: 'day', year: 2011, month: 12, day: 16 } } },
			'16 December 2011'
		],
		['a span', { date: { kind: 'span', start: year(2009), end: year(2010) } }, '2009–2010'],
		[
			'an implied year',
			{ date: { kind: 'single', value: year(2011) }, approximate: true },
			'c. 2011'
		],
		[
			'a planned year',
			{ date: { kind: 'single', value: year(2013) }, status: 'planned' },
			'2013 (planned)'
		],
		[
			'an implied, planned season',
			{
				date: { kind: 'single', value: { precision: 'season', year: 2012, season: 'autumn' } },
				approximate: true,
				status: 'planned'
			},
			'c. Autumn 2012 (planned)'
		]
	];
	for (const [name, fields, expected] of cases) {
		it(`shows ${name} as "${expected}"`, () => {
			const [slide] = toTimelineJs({
				events: [timelineEvent(fields)],
				themes: [],
				sources: [],
				settings: collection.settings
			}).events;
			expect(slide!.display_date).toBe(expected);
		});
	}
});

describe('escapeHtml', () => {
	it('escapes the five characters that matter, and nothing else', () => {
		expect(escapeHtml(`a&b<c>d"e'f – “g”`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f – “g”');
	});
});
