import { describe, expect, it } from 'vitest';
import { findEvents } from '../finder/find-events.ts';
import { newTimeline } from './made-timeline.ts';
import {
	accept,
	acceptAll,
	addEvent,
	addQuote,
	addTheme,
	mergeEvents,
	reject,
	reopen,
	splitQuote,
	uniqueId,
	updateEvent,
	withFound
} from './review.ts';
import { articleTimeline, ARTICLE_TEXT as articleText } from './fixtures.ts';
import { madeCollection } from './to-collection.ts';

const withArticle = articleTimeline;

describe('reviewing what the finder found', () => {
	it('accepts every candidate of the article into events the build’s validator takes', () => {
		const made = acceptAll(withArticle());
		expect(made.events.length).toBeGreaterThanOrEqual(19);
		expect(made.candidates.every((candidate) => candidate.state === 'accepted')).toBe(true);
		const result = madeCollection(made);
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
		expect(result.collection.events).toHaveLength(made.events.length);
		const massacre = result.collection.events.find(
			(event) => event.date.kind === 'single' && event.quotes[0]!.text.includes('December 16')
		);
		expect(massacre?.quotes[0]).toMatchObject({ source: 'source-1', paragraph: 1 });
	});

	it('keeps what was accepted, edited and rejected when the finder runs again', () => {
		let made = withArticle();
		const [first, second] = made.candidates;
		made = accept(made, [first!.key]);
		const eventId = made.events[0]!.id;
		made = updateEvent(made, eventId, { title: 'Edited by the teacher' });
		made = reject(made, second!.key);
		const again = withFound(
			made,
			'source-1',
			findEvents(articleText, { published: '2012-01-27' }).candidates
		);
		expect(again.candidates).toHaveLength(made.candidates.length);
		expect(again.events).toEqual(made.events);
		expect(again.candidates.find((each) => each.key === second!.key)?.state).toBe('rejected');
		expect(again.candidates.filter((each) => each.key === first!.key)).toHaveLength(1);
	});

	it('rejecting an accepted candidate drops its event; reopening offers it again', () => {
		let made = accept(withArticle(), [withArticle().candidates[0]!.key]);
		const key = made.candidates[0]!.key;
		made = reject(made, key);
		expect(made.events).toEqual([]);
		made = reopen(made, key);
		expect(made.candidates[0]!.state).toBe('open');
	});

	it('merges two events into one with both quotes, and splits a quote out again', () => {
		const made = acceptAll(withArticle());
		const [a, b] = made.events;
		const merged = mergeEvents(made, a!.id, b!.id);
		expect(merged.events).toHaveLength(made.events.length - 1);
		const one = merged.events.find((event) => event.id === a!.id)!;
		expect(one.quotes).toEqual([...a!.quotes, ...b!.quotes]);
		expect(merged.candidates.filter((each) => each.event === a!.id)).toHaveLength(2);
		const split = splitQuote(merged, a!.id, 1);
		expect(split.events).toHaveLength(made.events.length);
		expect(split.events.find((event) => event.id === a!.id)!.quotes).toEqual(a!.quotes);
		expect(madeCollection(split).ok).toBe(true);
	});

	it('adds a selected passage as a quote, once, and starts an event from one', () => {
		let made = acceptAll(withArticle());
		const id = made.events[0]!.id;
		const quote = { source: 'source-1', text: 'amid rising social tensions' };
		made = addQuote(addQuote(made, id, quote), id, quote);
		expect(made.events[0]!.quotes.at(-1)).toEqual(quote);
		expect(made.events[0]!.quotes.filter((each) => each.text === quote.text)).toHaveLength(1);
		const added = addEvent(made, { title: 'Сайлау', date: '2012-01-15', quotes: [quote] });
		expect(added.id).toBe('saylau');
		expect(madeCollection(added.made).ok).toBe(true);
	});

	it('makes a theme in the next free colour and files an event under it', () => {
		const { made, id } = addTheme(acceptAll(withArticle()), 'Labour unrest');
		expect(made.themes.at(-1)).toMatchObject({ id: 'labour-unrest', colour: '#b45309' });
		const tagged = updateEvent(made, made.events[0]!.id, { themes: [id] });
		const result = madeCollection(tagged);
		expect(result.ok && result.collection.events.find((e) => e.themes.includes(id))).toBeTruthy();
	});

	it('names the event and the field of every problem', () => {
		const made = acceptAll(withArticle());
		const undated = updateEvent(made, made.events[0]!.id, {
			title: 'A strike',
			date: 'the other day'
		});
		const broken = updateEvent(undated, made.events[1]!.id, {
			title: 'A march',
			quotes: [{ source: 'source-1', text: 'words that are not in the article' }]
		});
		const result = madeCollection({ ...broken, sources: [{ ...broken.sources[0]!, author: '' }] });
		expect(result.ok).toBe(false);
		const said = result.ok
			? []
			: result.problems.map((problem) => `${problem.file}: ${problem.field}`);
		expect(said).toHaveLength(3);
		expect(said).toEqual(
			expect.arrayContaining([
				'Source “Kazakh elections take place amid rising social tensions”: author',
				'Event “A strike”: date',
				'Event “A march”: quotes[0].text'
			])
		);
	});
});

describe('what the review must never let through', () => {
	it('keeps two dates of one sentence apart, and each only once however often it is found', () => {
		const text = 'He served from 1990 to 1995, then from 2000 to 2005.';
		const made = {
			...newTimeline('t', 0),
			sources: [{ ...newTimeline('t', 0).sources[0]!, text }]
		};
		const { candidates } = findEvents(text);
		expect(candidates).toHaveLength(2);
		const twice = withFound(made, 'source-1', [...candidates, ...candidates]);
		expect(new Set(twice.candidates.map((each) => each.key)).size).toBe(2);
		expect(twice.candidates).toHaveLength(2);
	});

	it('merges two events’ disputed figures on the same subject into one row of values', () => {
		let made = acceptAll(withArticle());
		const [a, b] = made.events;
		const figure = (value: string) => ({
			value,
			by: 'someone',
			quote: { source: 'source-1', text: 'amid rising social tensions' }
		});
		made = updateEvent(made, a!.id, { claims: [{ subject: 'Deaths', values: [figure('17')] }] });
		made = updateEvent(made, b!.id, { claims: [{ subject: 'Deaths', values: [figure('70')] }] });
		const merged = mergeEvents(made, a!.id, b!.id).events.find((event) => event.id === a!.id)!;
		expect(merged.claims).toEqual([{ subject: 'Deaths', values: [figure('17'), figure('70')] }]);
	});
});

describe('uniqueId', () => {
	it('gives any title a valid id that is not taken', () => {
		expect(uniqueId('Забастовка в Жанаозене', [])).toBe('zabastovka-v-zhanaozene');
		expect(uniqueId('Strike', ['strike', 'strike-2'])).toBe('strike-3');
		expect(uniqueId('中文', [])).toBe('event');
	});
});

describe('updateEvent and a display date kept from TimelineJS', () => {
	it('drops the display date once the date, approximate or planned is changed, and only then', () => {
		const made = addEvent(newTimeline('t', 0), {
			title: 'Colossus',
			date: '1943',
			displayDate: 'Winter 1943–44'
		});
		const retitled = updateEvent(made.made, made.id, { title: 'Colossus Mark 1' });
		expect(retitled.events[0]!.displayDate).toBe('Winter 1943–44');
		for (const fields of [{ date: '1944' }, { approximate: true }, { status: 'planned' as const }])
			expect(updateEvent(made.made, made.id, fields).events[0]!.displayDate).toBeUndefined();
	});
});
