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

	it.each([
		[
			'a figure that is not on the event',
			'vote',
			'[Ruling party,',
			'[Ruling party, Foo,',
			'events/vote.md: charts[0].figures[1] "Foo" is not a figure of this event'
		],
		[
			'a threshold that is not on the event',
			'vote',
			'threshold: Threshold',
			'threshold: Bar',
			'events/vote.md: charts[0].threshold "Bar" is not a figure of this event'
		],
		[
			'a figure of another event that does not exist',
			'vote',
			'alongside: [Turnout]',
			'alongside: [{ figure: Turnout, event: prices }]',
			'events/vote.md: charts[0].alongside[0] "Turnout" is not a figure of event "prices"'
		],
		[
			'a figure of an unknown event',
			'vote',
			'alongside: [Turnout]',
			'alongside: [{ figure: Turnout, event: nowhere }]',
			'events/vote.md: charts[0].alongside[0].event "nowhere" is not an event'
		],
		[
			'a figure reference of the wrong shape',
			'vote',
			'[Ruling party,',
			'[{ label: Ruling party },',
			'events/vote.md: charts[0].figures[0] must be a figure label, or { figure, event?, name? }'
		],
		[
			'an unknown kind',
			'vote',
			'kind: bars',
			'kind: pie',
			'events/vote.md: charts[0].kind must be bars, series, before-after or range'
		],
		[
			'a field that kind does not have',
			'vote',
			'kind: range, title',
			'kind: range, threshold: Threshold, title',
			expect.stringMatching(/^events\/vote\.md: charts\[1\] Unrecognized key: "threshold"/)
		],
		[
			'a chart id used twice',
			'vote',
			'id: dead',
			'id: result',
			'events/vote.md: charts[1].id "result" is already used by events/vote.md'
		],
		[
			'figures in different units on one chart',
			'vote',
			'{ label: Turnout, value: 76, unit: percent',
			'{ label: Turnout, value: 76, unit: voters',
			'events/vote.md: charts[0].alongside[0] "Turnout" is in voters, but "Ruling party" is in percent: a chart has one unit'
		],
		[
			'an axis that ends below a value',
			'vote',
			'axisMax: 100',
			'axisMax: 50',
			'events/vote.md: charts[0].axisMax 50 is below "Ruling party" (81)'
		],
		[
			'a range chart whose claim is unknown',
			'vote',
			'claim: Dead',
			'claim: Wounded',
			'events/vote.md: charts[1].claim "Wounded" is not a claim of this event'
		],
		[
			'a range chart whose claim has a value without numbers',
			'vote',
			'by: others, min: 24,',
			'by: others,',
			'events/vote.md: claims[0].values[1].min is needed to draw the claim in chart "dead"'
		],
		[
			'a claim value whose max is below its min',
			'vote',
			'min: 17, max: 17',
			'min: 17, max: 12',
			'events/vote.md: claims[0].values[0].max must not be below min (17)'
		],
		[
			'a claim value that has no min',
			'vote',
			'min: 17, max: 17',
			'max: 17',
			'events/vote.md: claims[0].values[0].max needs a min as well'
		],
		[
			'a series figure without a period',
			'prices',
			"period: '2008', ",
			'',
			'events/prices.md: charts[0].figures[0] "Prices 2008" needs a period to be drawn over time'
		],
		[
			'a series figure out of order',
			'prices',
			'[Prices 2008, Prices 2009-10]',
			'[Prices 2009-10, Prices 2008]',
			'events/prices.md: charts[0].figures[1] "Prices 2008" must start after the figure before it'
		],
		[
			'a before-and-after without exactly two figures',
			'prices',
			'kind: series, title: Prices, unit: percent, figures: [Prices 2008, Prices 2009-10]',
			'kind: before-after, title: Prices, unit: percent, figures: [Prices 2008]',
			'events/prices.md: charts[0].figures needs exactly two figures: before and after'
		]
	] as const)('%s', (_name, id, from, to, problem) => {
		expect(brokenEdit(id, from, to)).toContainEqual(problem);
	});
});
