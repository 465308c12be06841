import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readTimelineJs, type ImportResult } from './read-timelinejs.ts';

// The TimelineJS project's own samples (fixtures/timelinejs/, MPL-2.0), read as a teacher's
// files would be. linkedom stands in for the browser's DOMParser: both only parse.
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(`fixtures/timelinejs/${name}`, 'utf8');

function imported(result: ImportResult) {
	if (!result.ok) throw new Error(result.message);
	return result;
}

describe('the TimelineJS spreadsheet, as CSV', () => {
	const { timeline, problems } = imported(
		readTimelineJs(fixture('my-own-timeline.csv'), 'csv', parse)
	);

	it('takes the title row as the title and introduction, and every other row as an event', () => {
		expect(timeline.title).toBe('MY OWN CSV');
		expect(timeline.introduction[0]).toMatch(/^In this sample timeline, we'll walk you through/);
		expect(timeline.slides.length).toBeGreaterThan(5);
		expect(problems).toEqual([]);
	});

	it('keeps each date’s precision, and a start and an end as a span', () => {
		const ada = timeline.slides.find((slide) => slide.headline === 'Ada Lovelace')!;
		expect(ada.date).toEqual({ start: '1815-12-10', end: '1852-11-27' });
		const eniac = timeline.slides.find(
			(slide) => slide.headline === '...And the women who made it work'
		)!;
		expect(eniac.date).toEqual({ start: '1943-07', end: '1946' });
	});

	it('reads the text as text, keeps web links, and keeps media as a link with its credit', () => {
		const ada = timeline.slides.find((slide) => slide.headline === 'Ada Lovelace')!;
		expect(ada.paragraphs.join(' ')).toContain('Take Ada Lovelace: Daughter of Lord Byron');
		expect(ada.paragraphs.join(' ')).not.toMatch(/[<>]/);
		expect(ada.links).toContainEqual({
			text: 'Ada Lovelace',
			href: 'https://en.wikipedia.org/wiki/Ada_Lovelace'
		});
		expect(ada.media).toEqual({
			url: expect.stringMatching(
				/^https:\/\/upload\.wikimedia\.org\/.*Ada_Lovelace_portrait\.jpg$/
			),
			credit: 'Wikimedia Commons',
			caption: 'Portrait by Alfred Edward Chalon'
		});
	});

	it('keeps the words of a quotation given where a media address goes', () => {
		const clarke = timeline.slides.find(
			(slide) => slide.headline === 'Edith Clarke: Bucking the Trend'
		)!;
		expect(clarke.media).toBeNull();
		expect(clarke.paragraphs.join(' ')).toContain('There is no demand for women engineers');
	});
});

describe('TimelineJS JSON', () => {
	it('reads the eras sample: its eras, and years before 1000', () => {
		const { timeline, problems } = imported(readTimelineJs(fixture('eras.json'), 'json', parse));
		expect(timeline.title).toBe('Eras Test');
		expect(timeline.eras.map((era) => era.date)).toContainEqual({ start: '0650', end: '0700' });
		expect(timeline.slides[0]!.date).toEqual({ start: '0602', end: '0629' });
		expect(problems).toEqual([]);
	});

	it('reads every media type, keeping web addresses only', () => {
		const { timeline } = imported(readTimelineJs(fixture('all-media-types.json'), 'json', parse));
		expect(timeline.slides.length).toBe(41);
		const youtube = timeline.slides.find((slide) => slide.headline === 'YouTube Videos')!;
		expect(youtube.group).toBe('Video');
		expect(youtube.media).toMatchObject({
			url: 'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s'
		});
		expect(youtube.media!.caption).toBe("the Monkey section of David Van Tieghem's Ear Drums");
		for (const slide of timeline.slides)
			if (slide.media) expect(slide.media.url).toMatch(/^https?:\/\//);
	});

	it('refuses cosmological years, naming each slide, and keeps the rest', () => {
		const { timeline, problems } = imported(readTimelineJs(fixture('cosmo.json'), 'json', parse));
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]).toMatch(
			/^events\[\d+\] \(“.+”\): its start date cannot be used, so it was left out: the year -?\d+ is (before|after)/
		);
		expect(timeline.slides.length + problems.length).toBeGreaterThanOrEqual(
			JSON.parse(fixture('cosmo.json')).events.length
		);
	});
});

describe('bad input', () => {
	it('says a file is not JSON, or not TimelineJS, or has a field of the wrong kind', () => {
		expect(readTimelineJs('{ not json', 'json', parse)).toEqual({
			ok: false,
			message: 'This file is not JSON that can be read: it may be damaged, or another kind of file.'
		});
		expect(readTimelineJs('{"slides": []}', 'json', parse)).toEqual({
			ok: false,
			message: 'This JSON is not a TimelineJS timeline: it has no list of events (“events”).'
		});
		const wrong = readTimelineJs('{"events": [{"text": {"headline": 7}}]}', 'json', parse);
		expect(wrong).toMatchObject({
			ok: false,
			message: expect.stringContaining('events[0].text.headline')
		});
	});

	it('names the slide and the problem of a date that is not one, and keeps the others', () => {
		const json = JSON.stringify({
			events: [
				{ start_date: { year: 'abc' }, text: { headline: 'Bad year' } },
				{ start_date: { year: '2011', month: '13' }, text: { headline: 'Bad month' } },
				{
					start_date: { year: 2011, month: 12, day: 16 },
					end_date: { year: 2010 },
					text: { headline: 'Backwards' }
				},
				{ start_date: { year: '2012' }, text: { headline: 'Fine' } }
			]
		});
		const { timeline, problems } = imported(readTimelineJs(json, 'json', parse));
		expect(problems).toEqual([
			'events[0] (“Bad year”): its start date cannot be used, so it was left out: the year "abc" is not a whole number',
			expect.stringMatching(
				/^events\[1\] \(“Bad month”\): its start date cannot be used, so it was left out: .*13/
			),
			'events[2] (“Backwards”): its end (2010) starts before its start (2011-12-16), so the end was left out'
		]);
		expect(timeline.slides.map((slide) => [slide.headline, slide.date])).toEqual([
			['Backwards', '2011-12-16'],
			['Fine', '2012']
		]);
	});

	it('names the columns a CSV lacks, and the row of a bad date', () => {
		const renamed = 'Year,Month,Day,Title,Text\n2011,,,A,B';
		expect(readTimelineJs(renamed, 'csv', parse)).toEqual({
			ok: false,
			message: expect.stringContaining(
				'it has no column "End Year", "End Month", "End Day", "Headline"'
			)
		});
		const header = fixture('my-own-timeline.csv').split('\n')[0];
		const { problems } = imported(
			readTimelineJs(`${header}\n99999,,,,,,,,,Far,,,,,,,,\n`, 'csv', parse)
		);
		expect(problems).toEqual([
			"Row 2 (“Far”): its start date cannot be used, so it was left out: the year 99999 is after 9999, which this site's timeline cannot draw"
		]);
	});

	it('reads a script or an onerror in a slide’s text as text, never as markup', () => {
		const json = JSON.stringify({
			events: [
				{
					start_date: { year: 2011 },
					text: {
						headline: 'X<script>alert(1)</script>',
						text: '<img src=x onerror="alert(2)">Hello <a href="javascript:alert(3)">there</a>'
					}
				}
			]
		});
		const [slide] = imported(readTimelineJs(json, 'json', parse)).timeline.slides;
		expect(slide!.headline).toBe('X');
		expect(slide!.paragraphs).toEqual(['Hello there']);
		expect(slide!.links).toEqual([]);
	});
});

describe('a sheet edited in two programs', () => {
	it('reads rows whatever their line ends, mixed ones included', () => {
		const header = fixture('my-own-timeline.csv').split('\n')[0]!.replace(/\r$/, '');
		const rows = ['2011,,,,,,,,,First,,,,,,,,', '2012,,,,,,,,,Second,,,,,,,,'];
		const mixed = `${header}\r\n${rows[0]}\n${rows[1]}\r`;
		const { timeline } = imported(readTimelineJs(mixed, 'csv', parse));
		expect(timeline.slides.map((slide) => slide.headline)).toEqual(['First', 'Second']);
	});
});

describe('what a real file may hold', () => {
	it('keeps a span whose end is less precise, and drops one the schema would refuse', () => {
		const json = JSON.stringify({
			events: [
				{
					start_date: { year: 1943, month: 7 },
					end_date: { year: 1946 },
					text: { headline: 'On' }
				},
				{
					start_date: { year: 1943, month: 7, day: 10 },
					end_date: { year: 1943 },
					text: { headline: 'In' }
				}
			]
		});
		const { timeline, problems } = imported(readTimelineJs(json, 'json', parse));
		expect(timeline.slides.map((slide) => slide.date)).toEqual([
			{ start: '1943-07', end: '1946' },
			'1943-07-10'
		]);
		expect(problems).toEqual([
			'events[1] (“In”): its end (1943) starts before its start (1943-07-10), so the end was left out'
		]);
	});

	it('keeps one link to a page linked twice', () => {
		const json = JSON.stringify({
			events: [
				{
					start_date: { year: 2011 },
					text: { headline: 'Twice', text: '<a href="https://example.org/a">one</a>' },
					media: { url: '<blockquote><a href="https://example.org/a">two</a></blockquote>' }
				}
			]
		});
		const [slide] = imported(readTimelineJs(json, 'json', parse)).timeline.slides;
		expect(slide!.links).toEqual([{ text: 'one', href: 'https://example.org/a' }]);
	});

	it('says where a quotation mark left open ran the rows together', () => {
		const header = fixture('my-own-timeline.csv').split('\n')[0]!.replace(/\r$/, '');
		const sheet = `${header}\n2011,,,,,,,,,"Open,,,,,,,,\n2012,,,,,,,,,Next,,,,,,,,\n`;
		const { problems, timeline } = imported(readTimelineJs(sheet, 'csv', parse));
		expect(timeline.slides).toHaveLength(1);
		expect(problems).toEqual([
			expect.stringMatching(
				/^Near row [23]: a quotation mark is not closed, so rows may have run together/
			)
		]);
	});
});
