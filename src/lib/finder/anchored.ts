import { addDays, addMonths } from 'date-fns';
import type { PartialDate } from '../model/precision.ts';
import { beyond, dayOf } from './calendar.ts';
import type { Moment } from './moment.ts';

/**
 * "On the 10th", written on the 18th, is this month's; "due back on the 25th" too; "on the 25th",
 * in the past, written on the 18th, is last month's.
 */
function dayNearPublished(day: number, published: Date, future: boolean): PartialDate {
	const shift =
		!future && day > published.getDate() ? -1 : future && day < published.getDate() ? 1 : 0;
	const month = addMonths(new Date(published.getFullYear(), published.getMonth(), 1), shift);
	return { precision: 'day', year: month.getFullYear(), month: month.getMonth() + 1, day };
}

/**
 * Dates a story counts from the date it last named ("the next day", "two days later", "on the
 * 14th", "at the end of the month"), or from the month published ("earlier this month"). Null
 * when the moment is not one of these; 'dropped' when what it counts from is not known.
 */
export function anchoredDate(
	moment: Moment,
	anchor: PartialDate | undefined,
	published: Date | undefined,
	future: boolean
): PartialDate | 'dropped' | 'unresolved' | null {
	if (moment.monthOffset !== undefined) {
		if (!published) return 'unresolved';
		const month = addMonths(
			new Date(published.getFullYear(), published.getMonth(), 1),
			moment.monthOffset
		);
		return { precision: 'month', year: month.getFullYear(), month: month.getMonth() + 1 };
	}
	if (moment.daysAfterAnchor !== undefined) {
		if (anchor?.precision !== 'day') return 'dropped';
		const anchorDay = new Date(anchor.year, anchor.month! - 1, anchor.day);
		return dayOf(addDays(anchorDay, moment.daysAfterAnchor));
	}
	if (moment.inAnchorMonth) {
		if (moment.day === undefined) {
			return anchor?.month === undefined
				? 'dropped'
				: { precision: 'month', year: anchor.year, month: anchor.month };
		}
		// The month the story is in; failing that, the one it was written in.
		if (anchor?.month !== undefined) {
			return { precision: 'day', year: anchor.year, month: anchor.month, day: moment.day };
		}
		return published ? dayNearPublished(moment.day, published, future) : 'dropped';
	}
	if (moment.afterAnchor) return anchor ? beyond(moment, anchor, moment.afterAnchor) : 'dropped';
	if (moment.decadeOfAnchor !== undefined) {
		if (!anchor) return 'dropped';
		return { precision: 'year', year: anchor.year - (anchor.year % 10) + moment.decadeOfAnchor };
	}
	return null;
}
