import { describe, expect, it } from 'vitest';
import { findEvents, findEventsInChunks } from './find-events.ts';

const dates = (text: string, published?: string) =>
	findEvents(text, { published }).candidates.map((candidate) => candidate.date);

const NEWS = [
	'On Tuesday, the city council voted to close the tram depot. The mayor said on Friday that the trams will stop in March.',
	'',
	'The depot opened in 1958 and was rebuilt in the 1990s.'
].join('\n');

describe('findEvents', () => {
	it('dates a piece of news from the day it was published', () => {
		const [tuesday, friday, march, opened, decade] = findEvents(NEWS, {
			published: '2012-01-28'
		}).candidates;
		expect(tuesday).toMatchObject({ date: '2012-01-24', yearInferred: true, status: 'happened' });
		expect(friday).toMatchObject({ date: '2012-01-27', status: 'happened' });
		expect(march).toMatchObject({ date: '2012-03', status: 'planned', yearInferred: true });
		expect(opened).toMatchObject({ date: '1958', yearInferred: false, paragraph: 2 });
		expect(decade).toMatchObject({ date: { start: '1990', end: '1999' }, approximate: true });
	});

	it('lists what counts from the date published as unresolved when that is not given', () => {
		const { candidates, unresolved } = findEvents(NEWS);
		expect(candidates.map((candidate) => candidate.date)).toEqual([
			'1958',
			{ start: '1990', end: '1999' }
		]);
		expect(unresolved.map((mention) => mention.text)).toEqual(['On Tuesday', 'on Friday', 'March']);
		expect(unresolved[0]).toMatchObject({ paragraph: 1, start: 0, end: 10 });
	});

	it('gives a date without a year the year written nearest before it', () => {
		const text = 'In 1991 the republic chose a new name. On 16 December, it declared independence.';
		expect(findEvents(text).candidates[1]).toMatchObject({
			date: '1991-12-16',
			yearInferred: true
		});
	});

	it('tells a story forwards across sentences, but looks back within one', () => {
		const story =
			'A flood came on 16 December 2011. The governor ended the emergency on 6 January.';
		expect(dates(story)).toEqual(['2011-12-16', '2012-01-06']);
		const aside = '11.05.2011 – Miners stop work, demanding that a bonus cut in March be restored.';
		expect(dates(aside)).toEqual(['2011-05-11', '2011-03']);
	});

	it('finds the year in which a written weekday falls on the date', () => {
		const text = 'Comments may be sent until Saturday, October 31.';
		expect(dates(text, '2015-10-15')).toEqual(['2015-10-31']);
		expect(dates(text, '2019-01-10')).toEqual(['2020-10-31']);
	});

	it('dates a letter from its heading: the days it counts and the weekdays it names', () => {
		const letter = [
			'Skarholm Bird Station, Sunday 18 September 1983',
			'The boat came on Tuesday. On the 10th a storm came, and the next day we ringed 214 birds.',
			'He is due back on the 25th. Ruth leaves at the end of the month.'
		].join('\n\n');
		expect(dates(letter)).toEqual([
			'1983-09-13',
			'1983-09-10',
			'1983-09-11',
			'1983-09-25',
			'1983-09'
		]);
	});

	it('joins two written days into a span, and counts a season from the date before it', () => {
		const text =
			'Plots were measured between 2018-12-10 and 2018-12-22. In the spring of 1871 she moved to Oslo, and the following autumn she began work.';
		expect(dates(text)).toEqual([
			{ start: '2018-12-10', end: '2018-12-22' },
			'spring 1871',
			'autumn 1871'
		]);
	});

	it('reads the date under a short title as the day of writing', () => {
		const post = 'Back from the islands\n\n28 December 2018\n\nOn Thursday the sun came out.';
		expect(dates(post)).toEqual(['2018-12-27']);
	});

	it('reads paragraphs already split as they stand: an empty one still counts', () => {
		const [candidate] = findEvents(['Intro.', '', '  In 1990 it opened.']).candidates;
		expect(candidate).toMatchObject({ paragraph: 3, start: 2, quote: 'In 1990 it opened.' });
	});

	it('takes a short sentence with a year for no heading: the next day without one is dated from the day published', () => {
		const text =
			'The plant first opened in 1961.\n\nOn 12 March the new owners reopened the canteen.';
		expect(dates(text, '2012-01-27')).toEqual(['1961', '2011-03-12']);
	});

	it('reads "since" a year to the last whole year before the day published, or the year alone', () => {
		expect(dates('Oil has boomed since 2000.', '2012-01-27')).toEqual([
			{ start: '2000', end: '2011' }
		]);
		expect(dates('Oil has boomed since 2012.', '2012-06-01')).toEqual(['2012']);
		expect(findEvents('Oil has boomed since 2000.')).toMatchObject({
			candidates: [{ date: '2000' }],
			unresolved: []
		});
	});

	it('cuts a quote from a sentence too long to read, around its date, at words', () => {
		const text = `${'word '.repeat(400)}in 1990 ${'word '.repeat(400)}.`;
		const [candidate] = findEvents(text).candidates;
		expect(candidate!.quote.length).toBeLessThanOrEqual(700);
		expect(candidate!.quote).toMatch(/^word .* in 1990 .* word$/);
	});

	it('takes the year of a heading for the entries under it, and the heading for no event', () => {
		const text =
			'1991\n\n16 December: independence is declared.\n\n21 December: the Alma-Ata Protocol is signed.';
		expect(dates(text, '2020-05-01')).toEqual(['1991-12-16', '1991-12-21']);
	});

	it('marks plans as planned, from the tense or from the date published', () => {
		const text = 'The presidential elections scheduled for 2013 were moved forward.';
		expect(findEvents(text).candidates[0]).toMatchObject({ date: '2013', status: 'planned' });
		expect(
			findEvents('The bridge opened in 2015.', { published: '2012-01-27' }).candidates[0]
		).toMatchObject({
			status: 'planned'
		});
	});

	it('takes a span that began before the day published for a plan only when the clause says so', () => {
		expect(
			findEvents('Prices rose from 2010 to 2015.', { published: '2012-01-27' }).candidates[0]
		).toMatchObject({ status: 'happened' });
		expect(
			findEvents('The plan will run from 2010 to 2015.', { published: '2012-01-27' }).candidates[0]
		).toMatchObject({ status: 'planned' });
	});

	it('takes a past date in a clause about the future for no plan', () => {
		const text = 'For the first time since the 1990s, the nation will be able to trade freely.';
		expect(findEvents(text).candidates[0]).toMatchObject({ status: 'happened' });
		const published = findEvents('In 2005 the bridge will be one hundred.', {
			published: '2012-01-27'
		});
		expect(published.candidates[0]).toMatchObject({ status: 'happened' });
	});

	it('runs a span across the turn of a year', () => {
		expect(dates('Schools were shut from December 17 to January 5.', '2012-02-01')).toEqual([
			{ start: '2011-12-17', end: '2012-01-05' }
		]);
	});

	it('quotes the clause that carries each of two dates in one sentence', () => {
		const text =
			'Prices rose by 17 percent in 2008, and stayed at 7 percent in 2009 and 2010 only with help.';
		expect(
			findEvents(text).candidates.map((candidate) => [candidate.date, candidate.quote])
		).toEqual([
			['2008', 'Prices rose by 17 percent in 2008'],
			[{ start: '2009', end: '2010' }, 'and stayed at 7 percent in 2009 and 2010 only with help.']
		]);
	});

	it('names the people and places in a quote', () => {
		const text =
			'In 1990, Nursultan Nazarbayev became president. In 1991 Boris Yeltsin met him in Moscow.';
		expect(findEvents(text).candidates.map(({ people, places }) => [people, places])).toEqual([
			[['Nursultan Nazarbayev'], []],
			[['Boris Yeltsin'], ['Moscow']]
		]);
	});

	it('finds nothing in a text with no dates, and nothing in an empty one', () => {
		expect(findEvents('About 2000 workers marched to Room 1990 at 5 pm.').candidates).toEqual([]);
		expect(findEvents('')).toEqual({ candidates: [], unresolved: [] });
	});

	it('reads a long text in chunks to the same result, with progress', () => {
		const text = Array.from(
			{ length: 30 },
			(_, index) => `In ${1950 + index}, a dam was built on river ${index}.`
		).join('\n\n');
		const steps = [...findEventsInChunks(text, {}, 7)];
		expect(steps.map((step) => step.done)).toEqual([7, 14, 21, 28, 30]);
		expect(steps.every((step) => step.total === 30)).toBe(true);
		expect(steps.flatMap((step) => step.candidates)).toEqual(findEvents(text).candidates);
	});

	it('carries a year from one chunk into the next', () => {
		const text =
			'In 1991 the republic chose a new name.\n\nOn 16 December, it declared independence.';
		const second = [...findEventsInChunks(text, {}, 1)][1]!;
		expect(second.candidates[0]!.date).toBe('1991-12-16');
	});
});
