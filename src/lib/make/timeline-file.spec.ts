import { describe, expect, it } from 'vitest';
import { newTimeline, type MadeTimeline } from './made-timeline.ts';
import { acceptAll, updateEvent } from './review.ts';
import {
	decodeTimelineLink,
	encodeTimelineLink,
	forSharing,
	readTimelineFile,
	timelineFileName,
	writeTimelineFile
} from './timeline-file.ts';
import { articleTimeline, ARTICLE_TEXT as articleText } from './fixtures.ts';
import { madeCollection } from './to-collection.ts';

function article(): MadeTimeline {
	return { ...acceptAll(articleTimeline()), title: 'Выборы в Казахстане, 2012' };
}

describe('a timeline file', () => {
	it('is named from the title in any script', () => {
		expect(timelineFileName(article())).toBe('vybory-v-kazakhstane-2012.timeline.json');
		expect(timelineFileName(newTimeline('t', 0))).toBe('my-timeline.timeline.json');
	});

	it('reads back exactly what was written, with the lesson over it', () => {
		const lesson = { title: 'Two parties', steps: [{ event: article().events[0]!.id }] };
		const timeline = { ...article(), lesson };
		const read = readTimelineFile(writeTimelineFile({ timeline }));
		expect(read).toEqual({ ok: true, timeline, problems: [] });
	});

	it('carries only the quoted paragraphs unless the full text is chosen', () => {
		const timeline = article();
		const shared = forSharing(timeline, false);
		const paragraphs = shared.sources[0]!.text.split('\n\n');
		const all = articleText.split(/\n\s*\n/);
		expect(paragraphs.length).toBeGreaterThan(5);
		expect(paragraphs.length).toBeLessThan(all.length);
		expect(shared.sources[0]!.partial).toBe(true);
		expect(shared.candidates).toEqual([]);
		// Every quote is still found in what is carried, so the explorer shows each in context.
		expect(madeCollection(shared).ok).toBe(true);
		expect(forSharing(timeline, true)).toBe(timeline);
	});

	it('carries the paragraph of a disputed figure’s quote too, so that it opens at the other end', () => {
		const timeline = article();
		// The third paragraph holds no dated statement, so no event quotes it.
		const third = articleText.split(/\n\s*\n/)[2]!;
		const words = third.split(' ').slice(2, 9).join(' ');
		expect(forSharing(timeline, false).sources[0]!.text).not.toContain(words);
		const withFigure = updateEvent(timeline, timeline.events[0]!.id, {
			claims: [
				{
					subject: 'A figure',
					values: [{ value: '1', by: 'someone', quote: { source: 'source-1', text: words } }]
				}
			]
		});
		const shared = forSharing(withFigure, false);
		expect(shared.sources[0]!.text).toContain(words);
		expect(madeCollection(shared).ok).toBe(true);
	});

	it('says what is wrong with a file it will not open', () => {
		expect(readTimelineFile('{"timeline": ')).toMatchObject({
			ok: false,
			message: 'This file is not a timeline file: it is not JSON.'
		});
		expect(readTimelineFile('{"events": []}')).toMatchObject({
			ok: false,
			message: 'This file does not hold a timeline made here.'
		});
		const later = JSON.stringify({ timeline: { ...article(), version: 2 } });
		expect(readTimelineFile(later)).toMatchObject({
			ok: false,
			message: expect.stringContaining('newer version of the site (format 2')
		});
		const damaged = JSON.stringify({ timeline: { ...article(), events: [{ id: 3 }] } });
		const read = readTimelineFile(damaged);
		expect(read).toMatchObject({
			ok: false,
			message: 'This file holds a timeline that is damaged and cannot be opened.'
		});
		expect(read.problems[0]).toMatchObject({ file: 'timeline', field: 'events[0].id' });
	});

	it('refuses a timeline with an id used twice, which the page could not list', () => {
		const timeline = article();
		const twice = { ...timeline, events: [...timeline.events, timeline.events[0]!] };
		const read = readTimelineFile(writeTimelineFile({ timeline: twice }));
		expect(read).toMatchObject({ ok: false });
		expect(read.problems[0]).toMatchObject({
			field: `events[${timeline.events.length}]`,
			message: `"${timeline.events[0]!.id}" is used twice`
		});
	});

	it('opens a timeline whose events have problems, naming each event and field', () => {
		const timeline = article();
		const broken = updateEvent(timeline, timeline.events[2]!.id, {
			title: 'A strike',
			date: 'soon'
		});
		const read = readTimelineFile(writeTimelineFile({ timeline: broken }));
		expect(read.ok).toBe(true);
		expect(read.problems.map(({ file, field }) => `${file}: ${field}`)).toEqual([
			'Event “A strike”: date'
		]);
	});
});

describe('a timeline link', () => {
	it('carries the article’s whole timeline, full text included, and reads it back', async () => {
		const timeline = article();
		const link = await encodeTimelineLink({ timeline: forSharing(timeline, true) });
		expect(link.ok).toBe(true);
		if (!link.ok) return;
		expect(await decodeTimelineLink(`#${link.code}`)).toEqual({ ok: true, timeline, problems: [] });
		const cut = await decodeTimelineLink(link.code.slice(0, 200));
		expect(cut).toMatchObject({ ok: false, message: expect.stringContaining('cut off') });
	});

	it('refuses a timeline over 48 KB compressed and says so', async () => {
		const timeline = article();
		// Letters drawn at random barely compress: 120,000 of them are about 70 KB deflated.
		const random = [1, 2].flatMap(() => [...crypto.getRandomValues(new Uint8Array(60_000))]);
		timeline.sources[0]!.text = Array.from(random, (byte) =>
			String.fromCharCode(97 + (byte % 26))
		).join('');
		const link = await encodeTimelineLink({ timeline });
		expect(link).toMatchObject({
			ok: false,
			message: expect.stringMatching(/KB even compressed, more than a link may carry \(48 KB\)/)
		});
	});
});
