import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '$lib/model/types.ts';
import type { EventDate } from '$lib/model/precision.ts';
import { PLOT_LEFT, PLOT_RIGHT, beforeAfterColumns, seriesColumns } from './columns.ts';

const year = (value: number): EventDate => ({
	kind: 'single',
	value: { precision: 'year', year: value }
});
const years = (start: number, end: number): EventDate => ({
	kind: 'span',
	start: { precision: 'year', year: start },
	end: { precision: 'year', year: end }
});

function point(label: string, value: number, period: EventDate): ChartPoint {
	const quote = { text: label, source: 'article', paragraph: 1, start: 0, end: 1 };
	return {
		name: label,
		event: 'event',
		figure: { label, value, unit: 'percent', lowerBound: false, period, quote }
	};
}

describe('seriesColumns', () => {
	const columns = seriesColumns([point('a', 17, year(2008)), point('b', 7, years(2009, 2010))]);

	it('labels each column with its period', () => {
		expect(columns.map((column) => column.label)).toEqual(['2008', '2009–2010']);
	});

	it('gives a figure for two years a column twice as wide, in the plot', () => {
		const [first, second] = columns as [(typeof columns)[0], (typeof columns)[0]];
		const slot = (PLOT_RIGHT - PLOT_LEFT) / 3;
		expect(second.width - first.width).toBeCloseTo(slot);
		expect(first.x).toBeGreaterThan(PLOT_LEFT);
		expect(second.x + second.width).toBeLessThan(PLOT_RIGHT);
		expect(second.x).toBeGreaterThan(first.x + first.width);
	});

	it('leaves a gap for a missing year', () => {
		const gapped = seriesColumns([point('a', 1, year(2000)), point('b', 2, year(2002))]);
		const slot = (PLOT_RIGHT - PLOT_LEFT) / 3;
		expect(gapped[1]!.x - gapped[0]!.x).toBeCloseTo(2 * slot);
	});
});

describe('beforeAfterColumns', () => {
	it('puts the two columns side by side, equally wide, whatever the years between', () => {
		const [before, after] = beforeAfterColumns([
			point('a', 6, year(1990)),
			point('b', 2.3, year(2005))
		]);
		expect(before!.width).toBeCloseTo(after!.width);
		expect(before!.label).toBe('1990');
		expect(after!.x).toBeGreaterThan(before!.x + before!.width);
		expect(after!.x + after!.width).toBeLessThanOrEqual(PLOT_RIGHT);
	});
});
