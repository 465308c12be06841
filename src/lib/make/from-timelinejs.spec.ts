import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readTimelineJs } from '../timelinejs/read-timelinejs.ts';
import { timelineFromTimelineJs } from './from-timelinejs.ts';
import { MadeTimelineSchema } from './made-timeline.ts';
import { madeCollection } from './to-collection.ts';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

function fromFixture(name: string, kind: 'json' | 'csv') {
	const read = readTimelineJs(readFileSync(`fixtures/timelinejs/${name}`, 'utf8'), kind, parse);
	if (!read.ok) throw new Error(read.message);
	return timelineFromTimelineJs(read.timeline, 'imported', 0);
}

describe('a timeline made from a TimelineJS file', () => {
	it('opens in the explorer through the same validator, with its groups as themes', () => {
		const made = fromFixture('all-media-types.json', 'json');
		expect(MadeTimelineSchema.safeParse(made).success).toBe(true);
		expect(made.title).toBe('TimelineJS Media Types');
		const result = madeCollection(made);
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
		expect(result.collection.events).toHaveLength(41);
		const video = made.themes.find((theme) => theme.label === 'Video')!;
		const youtube = result.collection.events.find((event) => event.title === 'YouTube Videos')!;
		expect(youtube.themes).toEqual([video.id]);
		// 13 slides have no group: they take the first theme.
		expect(made.themes[0]!.label).toBe('Events');
		expect(youtube.quotes).toEqual([]);
		expect(youtube.media?.url).toBe('https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s');
	});

	it('keeps the sheet’s text as descriptions, and its links', () => {
		const made = fromFixture('my-own-timeline.csv', 'csv');
		const result = madeCollection(made);
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
		const ada = result.collection.events.find((event) => event.title === 'Ada Lovelace')!;
		expect(ada.date).toMatchObject({
			kind: 'span',
			start: { precision: 'day', year: 1815, month: 12, day: 10 },
			end: { precision: 'day', year: 1852, month: 11, day: 27 }
		});
		expect(ada.description).toMatch(/^Women have been programming since before it was a thing/);
		expect(ada.links).toContainEqual({
			text: 'Ada Lovelace',
			href: 'https://en.wikipedia.org/wiki/Ada_Lovelace'
		});
	});

	it('keeps how TimelineJS showed a date where it says more than the date, and reads c. and planned', () => {
		const json = JSON.stringify({
			events: [
				{
					start_date: { year: 1943 },
					display_date: 'Winter 1943–44',
					text: { headline: 'Colossus' }
				},
				{ start_date: { year: 1946 }, display_date: 'c. 1946', text: { headline: 'ENIAC' } },
				{
					start_date: { year: 2030 },
					display_date: '2030 (planned)',
					text: { headline: 'A machine' }
				},
				{ start_date: { year: 2031 }, display_date: 'circa 2031', text: { headline: 'Circa' } },
				{ start_date: { year: 2032 }, display_date: 'C.E. 2032', text: { headline: 'Era' } }
			]
		});
		const read = readTimelineJs(json, 'json', parse);
		if (!read.ok) throw new Error(read.message);
		const result = madeCollection(timelineFromTimelineJs(read.timeline, 'imported', 0));
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const [colossus, eniac, planned, circa, era] = result.collection.events;
		expect(circa).toMatchObject({ approximate: true });
		expect(era).toMatchObject({ approximate: false, displayDate: 'C.E. 2032' });
		expect(colossus).toMatchObject({ title: 'Colossus', displayDate: 'Winter 1943–44' });
		expect(colossus!.approximate).toBe(false);
		expect(eniac).toMatchObject({ title: 'ENIAC', approximate: true, status: 'happened' });
		expect(eniac!.displayDate).toBeUndefined();
		expect(planned).toMatchObject({ status: 'planned', approximate: false });
		expect(planned!.displayDate).toBeUndefined();
	});

	it('leaves out the theme for slides with no group where every slide has one', () => {
		const json = JSON.stringify({
			events: [
				{ start_date: { year: 2011 }, text: { headline: 'Strike' }, group: 'Labour' },
				{ start_date: { year: 2012 }, text: { headline: 'Vote' }, group: 'Politics' }
			]
		});
		const read = readTimelineJs(json, 'json', parse);
		if (!read.ok) throw new Error(read.message);
		const made = timelineFromTimelineJs(read.timeline, 'imported', 0);
		expect(made.themes.map((theme) => theme.label)).toEqual(['Labour', 'Politics']);
		expect(madeCollection(made).ok).toBe(true);
	});

	it('keeps the eras, which the explorer lists beside the timeline', () => {
		const made = fromFixture('eras.json', 'json');
		expect(made.eras).toEqual([
			{ title: 'Era Test 650-700', date: { start: '0650', end: '0700' } },
			{ title: 'Era Test 600-650', date: { start: '0600', end: '0650' } },
			{ title: 'Era Test 700-720', date: { start: '0700', end: '0720' } }
		]);
		const result = madeCollection(made);
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
		expect(result.collection.settings.eras?.map((era) => era.title)).toHaveLength(3);
	});

	it('keeps at most 50 eras, their titles cut to 200 characters, so the timeline still opens', () => {
		const json = JSON.stringify({
			eras: Array.from({ length: 60 }, (_, index) => ({
				start_date: { year: 1900 + index },
				end_date: { year: 1901 + index },
				text: { headline: `Era ${index} ${'long '.repeat(60)}` }
			})),
			events: [{ start_date: { year: 1950 }, text: { headline: 'An event' } }]
		});
		const read = readTimelineJs(json, 'json', parse);
		if (!read.ok) throw new Error(read.message);
		const made = timelineFromTimelineJs(read.timeline, 'imported', 0);
		expect(made.eras).toHaveLength(50);
		expect(made.eras![0]!.title).toHaveLength(200);
		expect(madeCollection(made).ok).toBe(true);
	});
});
