import { describe, expect, it } from 'vitest';
import { buildCollection } from '$lib/content/collection.ts';
import type { TimelineEvent } from '$lib/model/types.ts';
import { toTimelineJs, type TimelineJsDate } from './timelinejs.ts';
import { escapeHtml } from '$lib/model/html.ts';
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
			description: `Tom & Jerry's "show"`
		};
		const [slide] = toTimelineJs({ ...collection, events: [risky] }).events;
		expect(slide!.text).toEqual({
			headline: '&lt;img src=x onerror=alert(1)&gt;',
			text: 'Tom &amp; Jerry&#39;s &quot;show&quot;'
		});
	});

	it('escapes the group label too, which TimelineJS shows beside the navigation', () => {
		const themes = collection.themes.map((theme, index) =>
			index === 0 ? { ...theme, label: '<svg onload=alert(1)>' } : theme
		);
		const first = collection.events.find((event) => event.themes[0] === themes[0]!.id)!;
		const [slide] = toTimelineJs({ ...collection, themes, events: [first] }).events;
		expect(slide!.group).toBe('&lt;svg onload=alert(1)&gt;');
	});
});

describe('escapeHtml', () => {
	it('escapes the five characters that matter, and nothing else', () => {
		expect(escapeHtml(`a&b<c>d"e'f – “g”`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f – “g”');
	});
});
