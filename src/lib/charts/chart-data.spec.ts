import { describe, expect, it } from 'vitest';
import type { ResolvedChart } from '$lib/model/types.ts';
import { buildCollection } from '$lib/collection/collection.ts';
import { readContentDir } from '$lib/content/read-content-dir.ts';
import {
	chartDomain,
	chartQuotes,
	chartRows,
	describeChart,
	tableHeadings,
	uncertainMarks
} from './chart-data.ts';

// The real records, so that these tests also say what the site shows.
const { events } = buildCollection(readContentDir('events'));

function chart(id: string): ResolvedChart {
	const found = events.flatMap((event) => event.charts).find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no chart "${id}" in events/`);
	return found;
}

describe('the 2012 election result', () => {
	const result = chart('election-result-2012');

	it('lists the three parties, the threshold and turnout with their values', () => {
		expect(chartRows(result)).toEqual([
			{ name: 'Nur Otan', value: '81%' },
			{ name: 'Ak Zhol', value: '7.8%' },
			{ name: 'Communist Party', value: '7.2%' },
			{ name: 'Threshold to enter parliament (line)', value: '7%' },
			{ name: 'Turnout (official)', value: '76%' }
		]);
		expect(tableHeadings(result)).toEqual(['What', 'Value (percent)']);
	});

	it('runs its axis from zero to 100 percent', () => {
		expect(chartDomain(result)).toEqual([0, 100]);
		expect(describeChart(result)).toBe(
			'Nur Otan: 81%; Ak Zhol: 7.8%; Communist Party: 7.2%; Threshold to enter parliament (line): 7%; Turnout (official): 76%. The axis runs from 0 to 100% (percent).'
		);
	});

	it('cites each sentence once, from paragraph 2 of the article', () => {
		const quotes = chartQuotes(result);
		// Ak Zhol and the Communist Party share one sentence, which also holds the threshold.
		expect(quotes.map((quote) => quote.text)).toEqual([
			'the ruling Nur Otan party (“Fatherland’s ray of light”), which won 81 percent of the votes',
			'With 7.2 and 7.8 percent of the votes, respectively, the Communist Party and Ak Zhol barely crossed the 7 percent threshold.',
			'The official turnout was 76 percent'
		]);
		expect(new Set(quotes.map((quote) => quote.paragraph))).toEqual(new Set([2]));
	});
});

describe('inflation, across two events', () => {
	const inflation = chart('inflation-2008-2010');

	it('names points by period and keeps the floor as a floor', () => {
		expect(chartRows(inflation)).toEqual([
			{ name: '2008', value: '17%' },
			{ name: '2009–2010', value: 'at least 7%' }
		]);
		expect(uncertainMarks(inflation).lowerBound).toBe(true);
		expect(chartDomain(inflation)).toEqual([0, 20]);
	});

	it('takes 2008 from the financial crisis event', () => {
		if (inflation.kind !== 'series') throw new Error('expected a series');
		expect(inflation.points.map((point) => point.event)).toEqual([
			'financial-crisis-2008',
			'inflation-2009-2010'
		]);
	});
});

describe('the Zhanaozen death toll', () => {
	const toll = chart('zhanaozen-death-toll');

	it('sets the official count against the claim, keeping the claim’s words', () => {
		expect(chartRows(toll)).toEqual([
			{ name: 'official figure', worded: '17', value: '17' },
			{ name: 'human rights organisations', worded: 'dozens', value: '24 or more' }
		]);
		expect(describeChart(toll)).toContain(
			'human rights organisations: “dozens”, drawn as 24 or more'
		);
	});

	it('draws "dozens" open-ended, explained, with room past its start', () => {
		expect(uncertainMarks(toll)).toMatchObject({ open: true, range: true });
		expect(uncertainMarks(toll).readings[0]).toMatch(/no upper figure/);
		expect(chartDomain(toll)).toEqual([0, 40]);
	});
});

describe('the other charts', () => {
	it('keep their natural scales and units', () => {
		expect(chartDomain(chart('gini-index'))).toEqual([0, 1]);
		expect(chartRows(chart('gini-index')).map((row) => row.value)).toEqual([
			'0.48',
			'0.34',
			'0.41'
		]);
		expect(chartRows(chart('income-shares-2009')).map((row) => row.value)).toEqual([
			'3.5%',
			'25.9%'
		]);
		expect(chartRows(chart('presidential-election-2011'))).toEqual([
			{ name: 'Nazarbayev', value: '97%' }
		]);
		expect(chartRows(chart('education-spending-1990-2005'))).toEqual([
			{ name: '1990', value: '6%' },
			{ name: '2005', value: '2.3%' }
		]);
		expect(chartRows(chart('poverty-2011'))[0]).toMatchObject({ value: '70–80%' });
		expect(uncertainMarks(chart('poverty-2011'))).toMatchObject({ range: true, open: false });
	});
});
