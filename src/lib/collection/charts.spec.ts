import { describe, expect, it } from 'vitest';
import { buildCollection, type ContentFiles } from './collection.ts';
import { contentWithEvents, eventFile, sourceFile } from './fixtures.ts';
import { problemsOf } from './problems.ts';

const source = sourceFile([
	'The turnout was 76 percent. The ruling party won 81 percent, the other 7.8 percent, against a 7 percent threshold.',
	'Prices rose 17 percent in 2008, and a little over 7 percent in 2009 and 2010.',
	'Officials counted 17 dead; others claim dozens.'
]);

const quote = (text: string) => `{ text: '${text}', source: article }`;

const vote = `
title: The vote
date: '2012-01-15'
themes: [elections]
quotes:
  - ${quote('The turnout was 76 percent.')}
figures:
  - { label: Ruling party, value: 81, unit: percent, quote: ${quote('The ruling party won 81 percent')} }
  - { label: Other party, value: 7.8, unit: percent, quote: ${quote('the other 7.8 percent')} }
  - { label: Threshold, value: 7, unit: percent, quote: ${quote('a 7 percent threshold')} }
  - { label: Turnout, value: 76, unit: percent, quote: ${quote('The turnout was 76 percent.')} }
claims:
  - subject: Dead
    values:
      - { value: '17', by: officials, min: 17, max: 17, quote: ${quote('Officials counted 17 dead')} }
      - { value: dozens, by: others, min: 24, reading: at least two dozen, quote: ${quote('others claim dozens')} }
charts:
  - id: result
    kind: bars
    title: The result
    unit: percent
    axisMax: 100
    figures: [Ruling party, { figure: Other party, name: Other }]
    threshold: Threshold
    alongside: [Turnout]
  - { id: dead, kind: range, title: The dead, unit: people, claim: Dead }
`;

const prices = `
title: Prices
date: { start: '2008', end: '2010' }
themes: [elections]
quotes:
  - ${quote('Prices rose 17 percent in 2008')}
figures:
  - { label: Prices 2008, value: 17, unit: percent, period: '2008', quote: ${quote('Prices rose 17 percent in 2008')} }
  - label: Prices 2009-10
    value: 7
    unit: percent
    lowerBound: true
    period: { start: '2009', end: '2010' }
    quote: ${quote('a little over 7 percent in 2009 and 2010')}
charts:
  - { id: prices, kind: series, title: Prices, unit: percent, figures: [Prices 2008, Prices 2009-10] }
`;

function files(events: Record<string, string> = {}): ContentFiles {
	return contentWithEvents(source, { vote, prices }, events);
}

describe('charts in valid files', () => {
	const { events } = buildCollection(files());
	const voteEvent = events.find((event) => event.id === 'vote')!;
	const pricesEvent = events.find((event) => event.id === 'prices')!;

	it('resolves bar figures, their names, threshold and figures drawn alongside', () => {
		const [result] = voteEvent.charts;
		expect(result).toMatchObject({ id: 'result', kind: 'bars', unit: 'percent', axisMax: 100 });
		if (result?.kind !== 'bars') throw new Error('expected bars');
		expect(result.points.map((point) => [point.name, point.figure.value])).toEqual([
			['Ruling party', 81],
			['Other', 7.8]
		]);
		expect(result.threshold?.figure).toMatchObject({ value: 7, quote: { paragraph: 1 } });
		expect(result.alongside.map((point) => point.figure.label)).toEqual(['Turnout']);
	});

	it('resolves a range chart to its claim, with the numbers read from the words', () => {
		const dead = voteEvent.charts[1];
		if (dead?.kind !== 'range') throw new Error('expected a range');
		expect(dead.claim.values.map(({ min, max }) => [min, max])).toEqual([
			[17, 17],
			[24, undefined]
		]);
		expect(dead.claim.values[1]).toMatchObject({ reading: 'at least two dozen' });
	});

	it('keeps periods and lower bounds for a series', () => {
		const [series] = pricesEvent.charts;
		if (series?.kind !== 'series') throw new Error('expected a series');
		expect(series.points[1]!.figure).toMatchObject({
			lowerBound: true,
			period: { kind: 'span', start: { year: 2009 }, end: { year: 2010 } }
		});
		expect(series.points[0]!.figure.lowerBound).toBe(false);
	});

	it('lets a chart draw another event’s figure', () => {
		const borrower = `
title: Borrower
date: '2013'
themes: [elections]
quotes:
  - ${quote('The turnout was 76 percent.')}
charts:
  - id: borrowed
    kind: bars
    title: Borrowed
    unit: percent
    figures: [{ figure: Ruling party, event: vote }, { figure: Other party, event: vote, name: Other }]
`;
		const content = files({ 'events/borrower.md': eventFile('borrower', borrower) });
		const event = buildCollection(content).events.find(({ id }) => id === 'borrower')!;
		const [chart] = event.charts;
		if (chart?.kind !== 'bars') throw new Error('expected bars');
		expect(chart.points.map((point) => [point.event, point.name, point.figure.value])).toEqual([
			['vote', 'Ruling party', 81],
			['vote', 'Other', 7.8]
		]);
	});
});

describe('charts are rejected, naming the file and the field', () => {
	const broken = (id: string, frontMatter: string) =>
		problemsOf(files({ [`events/${id}.md`]: eventFile(id, frontMatter) }));
	const brokenEdit = (id: 'vote' | 'prices', from: string, to: string) => {
		const fixture = { vote, prices }[id];
		const edited = fixture.replace(from, to);
		if (edited === fixture) throw new Error(`"${from}" is not in the fixture`);
		return broken(id, edited);
	};
	const brokenVote = (from: string, to: string) => brokenEdit('vote', from, to);
	const brokenPrices = (from: string, to: string) => brokenEdit('prices', from, to);

	it('a figure that is not on the event', () => {
		expect(brokenVote('[Ruling party,', '[Ruling party, Foo,')).toContain(
			'events/vote.md: charts[0].figures[1] "Foo" is not a figure of this event'
		);
		expect(brokenVote('threshold: Threshold', 'threshold: Bar')).toContain(
			'events/vote.md: charts[0].threshold "Bar" is not a figure of this event'
		);
	});

	it('a figure of another event that does not exist, or an unknown event', () => {
		expect(
			brokenVote('alongside: [Turnout]', 'alongside: [{ figure: Turnout, event: prices }]')
		).toContain(
			'events/vote.md: charts[0].alongside[0] "Turnout" is not a figure of event "prices"'
		);
		expect(
			brokenVote('alongside: [Turnout]', 'alongside: [{ figure: Turnout, event: nowhere }]')
		).toContain('events/vote.md: charts[0].alongside[0].event "nowhere" is not an event');
	});

	it('a figure reference of the wrong shape', () => {
		expect(brokenVote('[Ruling party,', '[{ label: Ruling party },')).toContain(
			'events/vote.md: charts[0].figures[0] must be a figure label, or { figure, event?, name? }'
		);
	});

	it('an unknown kind, or a field that kind does not have', () => {
		expect(brokenVote('kind: bars', 'kind: pie')).toContain(
			'events/vote.md: charts[0].kind must be bars, series, before-after or range'
		);
		expect(
			brokenVote('kind: range, title', 'kind: range, threshold: Threshold, title')
		).toContainEqual(
			expect.stringMatching(/^events\/vote\.md: charts\[1\] Unrecognized key: "threshold"/)
		);
	});

	it('a chart id used twice', () => {
		expect(brokenVote('id: dead', 'id: result')).toContain(
			'events/vote.md: charts[1].id "result" is already used by events/vote.md'
		);
	});

	it('figures in different units on one chart', () => {
		expect(
			brokenVote(
				'{ label: Turnout, value: 76, unit: percent',
				'{ label: Turnout, value: 76, unit: voters'
			)
		).toContain(
			'events/vote.md: charts[0].alongside[0] "Turnout" is in voters, but "Ruling party" is in percent: a chart has one unit'
		);
	});

	it('an axis that ends below a value', () => {
		expect(brokenVote('axisMax: 100', 'axisMax: 50')).toContain(
			'events/vote.md: charts[0].axisMax 50 is below "Ruling party" (81)'
		);
	});

	it('a range chart whose claim is unknown or has a value without numbers', () => {
		expect(brokenVote('claim: Dead', 'claim: Wounded')).toContain(
			'events/vote.md: charts[1].claim "Wounded" is not a claim of this event'
		);
		expect(brokenVote('by: others, min: 24,', 'by: others,')).toContain(
			'events/vote.md: claims[0].values[1].min is needed to draw the claim in chart "dead"'
		);
	});

	it('a claim value whose max is below its min, or has no min', () => {
		expect(brokenVote('min: 17, max: 17', 'min: 17, max: 12')).toContain(
			'events/vote.md: claims[0].values[0].max must not be below min (17)'
		);
		expect(brokenVote('min: 17, max: 17', 'max: 17')).toContain(
			'events/vote.md: claims[0].values[0].max needs a min as well'
		);
	});

	it('a series figure without a period, or out of order', () => {
		expect(brokenPrices("period: '2008', ", '')).toContain(
			'events/prices.md: charts[0].figures[0] "Prices 2008" needs a period to be drawn over time'
		);
		expect(
			brokenPrices('[Prices 2008, Prices 2009-10]', '[Prices 2009-10, Prices 2008]')
		).toContain(
			'events/prices.md: charts[0].figures[1] "Prices 2008" must start after the figure before it'
		);
	});

	it('a before-and-after without exactly two figures', () => {
		expect(
			brokenPrices(
				'kind: series, title: Prices, unit: percent, figures: [Prices 2008, Prices 2009-10]',
				'kind: before-after, title: Prices, unit: percent, figures: [Prices 2008]'
			)
		).toContain('events/prices.md: charts[0].figures needs exactly two figures: before and after');
	});
});
