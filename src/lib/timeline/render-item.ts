import type { AggregateModel } from './aggregate.ts';
import type { TimelineItemModel } from './items.ts';
import { themeShape } from '$lib/themes/shapes.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Builds an item's content as DOM, setting every string with textContent. vis-timeline does not
 * sanitise Elements returned from a template, so nothing here may ever parse HTML.
 */
export function renderItemContent(item: TimelineItemModel): HTMLElement {
	const root = document.createElement('span');
	root.className = 'kz-item-content';
	root.title = item.tooltip;

	const icon = document.createElementNS(SVG, 'svg');
	icon.setAttribute('class', 'kz-item-shape');
	icon.setAttribute('viewBox', '0 0 10 10');
	icon.setAttribute('aria-hidden', 'true');
	const path = document.createElementNS(SVG, 'path');
	path.setAttribute('d', themeShape(item.themeIndex));
	icon.append(path);
	root.append(icon);

	if (item.className.includes('is-approximate')) root.append(textSpan('kz-item-approximate', 'c.'));
	root.append(textSpan('kz-item-label', item.title));
	if (item.className.includes('is-planned')) root.append(textSpan('kz-item-planned', 'planned'));
	return root;
}

/** Events counted in one bin at this zoom: a count, as text. */
export function renderAggregateContent(aggregate: AggregateModel): HTMLElement {
	const root = textSpan('kz-aggregate-content', `${aggregate.count}`);
	root.title = aggregate.tooltip;
	return root;
}

function textSpan(className: string, text: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.className = className;
	span.textContent = text;
	return span;
}
