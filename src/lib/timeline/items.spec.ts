import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/model/types.ts';
import type { EventDate } from '$lib/model/precision.ts';
import { timelineEvent } from '$lib/model/fixtures.ts';
import { toTimelineItem } from './items.ts';

function event(date: EventDate, extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return timelineEvent({
		title: 'An <b>event</b>',
		date,
		themes: ['labour', 'elections'],
		...extra
	});
}

const themeIndex = new Map([
	['elections', 0],
	['labour', 1]
]);
const label = (id: string) => id.toUpperCase();
const item = (date: EventDate, extra?: Partial<TimelineEvent>) =>
	toTimelineItem(event(date, extra), themeIndex, label);

describe('toTimelineItem', () => {
	it('draws a day as a point', () => {
		const result = item({
			kind: 'single',
			value: { precision: 'day', year: 2011, month: 12, day: 16 }
		});
		expect(result).toMatchObject({ type: 'point', start: new Date(2011, 11, 16), end: undefined });
		expect(result.className.split(' ')).toEqual(['kz-item', 'is-point', 'precision-day']);
	});

	it('draws a year, season or month over its extent, marked as a period', () => {
		const year = item({ kind: 'single', value: { precision: 'year', year: 1990 } });
		expect(year).toMatchObject({
			type: 'range',
			start: new Date(1990, 0, 1),
			end: new Date(1991, 0, 1)
		});
		expect(year.className).toContain('is-period');
		const season = item({
			kind: 'single',
			value: { precision: 'season', year: 2011, season: 'spring' }
		});
		expect(season).toMatchObject({ start: new Date(2011, 2, 1), end: new Date(2011, 5, 1) });
		expect(season.className).toContain('precision-season');
	});

	it('draws a span as a real range, at its coarsest precision', () => {
		const span = item({
			kind: 'span',
			start: { precision: 'year', year: 2009 },
			end: { precision: 'month', year: 2010, month: 6 }
		});
		expect(span).toMatchObject({
			type: 'range',
			start: new Date(2009, 0, 1),
			end: new Date(2010, 6, 1)
		});
		expect(span.className).toContain('is-span');
		expect(span.className).toContain('precision-year');
	});

	it('marks planned and approximate events and takes the first theme', () => {
		const planned = item(
			{ kind: 'single', value: { precision: 'year', year: 2015 } },
			{ status: 'planned', approximate: true }
		);
		expect(planned.className).toContain('is-planned');
		expect(planned.className).toContain('is-approximate');
		expect(planned).toMatchObject({ theme: 'labour', themeIndex: 1 });
		expect(planned.tooltip).toBe(
			'An <b>event</b>\n2015 (approximate date, planned)\nLABOUR, ELECTIONS'
		);
	});

	it('says how "Zoom to this event" frames it: a day, a month or season, or an extent', () => {
		const single = (value: Parameters<typeof item>[0] & { kind: 'single' }) => item(value).fit;
		expect(
			single({ kind: 'single', value: { precision: 'day', year: 2011, month: 12, day: 16 } })
		).toBe('day');
		expect(single({ kind: 'single', value: { precision: 'month', year: 2011, month: 4 } })).toBe(
			'stretch'
		);
		expect(
			single({ kind: 'single', value: { precision: 'season', year: 2011, season: 'spring' } })
		).toBe('stretch');
		expect(single({ kind: 'single', value: { precision: 'year', year: 1990 } })).toBe('extent');
		const span = item({
			kind: 'span',
			start: { precision: 'day', year: 2011, month: 5, day: 1 },
			end: { precision: 'day', year: 2011, month: 12, day: 16 }
		});
		expect(span.fit).toBe('extent');
	});
});
