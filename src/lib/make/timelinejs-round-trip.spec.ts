import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../collection/collection.ts';
import { readContentDir } from '../content/read-content-dir.ts';
import { toTimelineJs } from '../exports/timelinejs.ts';
import { eventExtent } from '../model/precision.ts';
import { readTimelineJs } from '../timelinejs/read-timelinejs.ts';
import { timelineFromTimelineJs } from './from-timelinejs.ts';
import { emptySource } from './made-timeline.ts';
import { madeCollection } from './to-collection.ts';

// This site's own /timelinejs.json, opened on /make/ with the article given as its source: the
// same events come back, matched by unique_id, as far as TimelineJS can hold them.

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const collection = buildCollection(readContentDir('events'));
const article = collection.sources[0]!;
const source = {
	...emptySource(article.id),
	title: article.title,
	author: article.author,
	publisher: article.publisher,
	published: article.published,
	// A teacher's source is plain text: the article's paragraphs as the site reads them.
	text: article.paragraphs.map((paragraph) => paragraph.plain).join('\n\n')
};

function roundTrip(sources = [source]) {
	const read = readTimelineJs(JSON.stringify(toTimelineJs(collection)), 'json', parse);
	if (!read.ok) throw new Error(read.message);
	expect(read.problems).toEqual([]);
	const result = madeCollection(timelineFromTimelineJs(read.timeline, 'back', 0, 'x', sources));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return new Map(result.collection.events.map((event) => [event.id, event]));
}

describe('our /timelinejs.json, imported', () => {
	const back = roundTrip();

	it('gives back every event by its id, with its title, description and quotes', () => {
		expect([...back.keys()].sort()).toEqual(collection.events.map((event) => event.id).sort());
		for (const event of collection.events) {
			const again = back.get(event.id)!;
			expect(again.title).toBe(event.title);
			expect(again.description).toBe(event.description.replace(/\s+/g, ' '));
			expect(again.quotes.map((quote) => [quote.source, quote.text])).toEqual(
				event.quotes.map((quote) => [quote.source, quote.text])
			);
		}
	});

	it('gives back each date as far as TimelineJS holds it, and c. and planned', () => {
		for (const event of collection.events) {
			const again = back.get(event.id)!;
			expect({ id: event.id, approximate: again.approximate, status: again.status }).toEqual({
				id: event.id,
				approximate: event.approximate,
				status: event.status
			});
			expect(eventExtent(again.date)).toEqual(eventExtent(event.date));
			const season = event.date.kind === 'single' && event.date.value.precision === 'season';
			if (!season) expect(again.date).toEqual(event.date);
		}
	});

	it('keeps the season TimelineJS cannot hold as the display date, over its months', () => {
		const spring = back.get('arab-spring-reaches-kazakhstan')!;
		expect(spring.date).toMatchObject({
			kind: 'span',
			start: { precision: 'month', year: 2011, month: 3 },
			end: { precision: 'month', year: 2011, month: 5 }
		});
		expect(spring.displayDate).toBe('Spring 2011');
	});

	it('keeps the quotations as text where no source is given', () => {
		const zhanaozen = roundTrip([]).get('zhanaozen-massacre')!;
		expect(zhanaozen.quotes).toEqual([]);
		const original = collection.events.find((event) => event.id === 'zhanaozen-massacre')!;
		expect(zhanaozen.description).toContain(original.quotes[0]!.text);
	});
});
