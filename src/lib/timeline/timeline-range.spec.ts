import { describe, expect, it } from 'vitest';
import { MS_PER_YEAR } from '$lib/model/days.ts';
import { datesExtent } from '$lib/model/years-covered.ts';
import { EMPTY_WINDOW, timelineRange } from './visible-window.ts';

const extentOf = (...dates: Parameters<typeof datesExtent>[0]) => datesExtent(dates);

describe('timelineRange: pan and zoom as far as the collection reaches', () => {
	it('pans ten whole years either side of the collection', () => {
		// This site's collection: Nazarbayev in 1990 to a plan for 2015.
		const extent = extentOf(
			{ kind: 'single', value: { precision: 'year', year: 1990 } },
			{ kind: 'single', value: { precision: 'year', year: 2015 } }
		);
		const { bounds, widest } = timelineRange(extent);
		expect(bounds).toEqual({ start: new Date(1980, 0, 1), end: new Date(2025, 0, 1) });
		expect(widest).toBe(40 * MS_PER_YEAR);
	});

	it('lets a long collection be seen whole, and half as much again', () => {
		const extent = extentOf(
			{ kind: 'single', value: { precision: 'year', year: 1700 } },
			{ kind: 'single', value: { precision: 'day', year: 1899, month: 12, day: 31 } }
		)!;
		const { bounds, widest } = timelineRange(extent);
		expect(bounds).toEqual({ start: new Date(1690, 0, 1), end: new Date(1909, 0, 1) });
		expect(widest).toBe((extent.end.getTime() - extent.start.getTime()) * 1.5);
		expect(widest).toBeGreaterThan(299 * MS_PER_YEAR);
	});

	it('keeps a short collection at a forty-year widest window', () => {
		const extent = extentOf({
			kind: 'single',
			value: { precision: 'month', year: 2011, month: 12 }
		});
		const { bounds, widest } = timelineRange(extent);
		expect(bounds).toEqual({ start: new Date(2001, 0, 1), end: new Date(2021, 0, 1) });
		expect(widest).toBe(40 * MS_PER_YEAR);
	});

	it('shows any stretch for a collection with no events', () => {
		expect(datesExtent([])).toBeNull();
		expect(timelineRange(null).bounds).toBe(EMPTY_WINDOW);
	});
});
