import { isAggregate, type AggregateModel } from './aggregate.ts';
import type { TimelineItemModel } from './items.ts';

/** One item as vis-timeline takes it; `model` is what the template draws it from. */
export interface VisItem {
	id: string;
	content: string;
	start: Date;
	end?: Date;
	type: 'point' | 'range';
	className: string;
	style: string;
	title?: string;
	group?: string;
	model: TimelineItemModel | AggregateModel;
}

export interface VisItemContext {
	/** Whether items sit in one lane per theme. */
	lanes: boolean;
	/** The event being read in the narrative, marked apart from the selection. */
	currentId: string | null;
	/** Inline style per theme id, giving items their colour. */
	themeStyles: Record<string, string>;
}

export function toVisItem(
	model: TimelineItemModel | AggregateModel,
	context: VisItemContext
): VisItem {
	const lane = isAggregate(model) ? model.lane : model.theme;
	const base = {
		id: model.id,
		content: '',
		start: model.start,
		group: context.lanes ? lane : undefined,
		model
	};
	if (isAggregate(model)) {
		return { ...base, end: model.end, type: 'range', className: 'kz-aggregate', style: '' };
	}
	return {
		...base,
		// vis-timeline tests `'end' in item`, so a point must not carry the key at all.
		...(model.end ? { end: model.end } : {}),
		type: model.type,
		className: model.id === context.currentId ? `${model.className} is-current` : model.className,
		style: context.themeStyles[model.theme] ?? ''
	};
}

/**
 * What of an item can change while its id stays: its class (current or not), its lane, its
 * extent and, for a count, the count. Equal signatures mean the engine need not lay it out again.
 */
export function itemSignature(item: VisItem): string {
	const count = isAggregate(item.model) ? item.model.count : '';
	return `${item.className}|${item.group ?? ''}|${item.start.getTime()}|${item.end?.getTime() ?? ''}|${count}`;
}

export interface ItemSync {
	/** Ids the engine holds that are no longer wanted. */
	remove: string[];
	/** Items to add, or to update because their signature differs from what the engine holds. */
	update: VisItem[];
}

/**
 * What to tell the engine so that it holds `next`, given what it holds now (id → signature).
 * vis-timeline measures every item it is handed, so anything unchanged is left out.
 */
export function syncItems(shown: ReadonlyMap<string, string>, next: readonly VisItem[]): ItemSync {
	const nextIds = new Set(next.map((item) => item.id));
	return {
		remove: [...shown.keys()].filter((id) => !nextIds.has(id)),
		update: next.filter((item) => shown.get(item.id) !== itemSignature(item))
	};
}
