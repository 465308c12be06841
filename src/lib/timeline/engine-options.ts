import type { TimelineOptions } from 'vis-timeline/esnext';
import { MS_PER_DAY } from '$lib/model/days.ts';
import { isAggregate } from './aggregate.ts';
import type { VisItem } from './item-sync.ts';
import { renderAggregateContent, renderItemContent } from './render-item.ts';
import { stackOrder } from './stack-order.ts';
import type { TimeWindow } from './visible-window.ts';

export interface EngineView {
	/** The window to open at. */
	initial: TimeWindow;
	/** How far the reader may pan. */
	bounds: TimeWindow;
	/** The narrowest and the widest window to show, in milliseconds. */
	zoom: { min: number; max: number };
	/** How wide the window shown now is, in milliseconds, read as the engine stacks its rows. */
	shownMs(): number;
	/** Called once the engine shows its first drawing. */
	ondrawn(): void;
}

/**
 * The narrowest window the engine shows, a day; the widest comes from the collection's extent
 * (`timelineRange`). createTimeline alone reads them, and hands the same limits to the engine
 * and to the window mover.
 */
export const ZOOM_MIN = MS_PER_DAY;

/**
 * How vis-timeline is set up: zoom within `view.zoom`, items stacked from the top, the ones that
 * fit in the window first (see stackOrder).
 */
export function engineOptions(view: EngineView): TimelineOptions {
	return {
		start: view.initial.start,
		end: view.initial.end,
		min: view.bounds.start,
		max: view.bounds.end,
		zoomMin: view.zoom.min,
		zoomMax: view.zoom.max,
		height: '100%',
		orientation: { axis: 'top', item: 'top' },
		stack: true,
		order: stackOrder(view.shownMs),
		showCurrentTime: false,
		selectable: true,
		multiselect: false,
		showTooltips: false,
		horizontalScroll: false,
		verticalScroll: true,
		// About four wheel notches halve or double the window: from the whole period to a month
		// takes some twenty, not forty.
		zoomFriction: 3,
		// Narrow labels, and a week scale whose labels are the days its weeks start on: day
		// numbers appear in any window of about six weeks or less, even on a 320-pixel phone.
		maxMinorChars: 5,
		showWeekScale: true,
		format: {
			minorLabels: { week: 'D' },
			// With weeks shown, a day scale marks each Monday: name the day the week starts on.
			majorLabels: { day: 'D MMMM YYYY', weekday: 'D MMMM YYYY' }
		},
		margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
		groupOrder: 'order',
		onInitialDrawComplete: view.ondrawn,
		dataAttributes: ['id'],
		template: (item: VisItem) =>
			isAggregate(item.model) ? renderAggregateContent(item.model) : renderItemContent(item.model),
		// A string label would be set as innerHTML; an element built with textContent stays text.
		groupTemplate: (group: { content?: string } | null) => {
			const label = document.createElement('span');
			label.textContent = group?.content ?? '';
			return label;
		}
	};
}
