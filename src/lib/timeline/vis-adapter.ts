import type { TimelineItemModel } from './items';
import { renderItemContent } from './render-item';

/** The only module that touches vis-timeline; everything else talks to this handle. */
export interface TimelineHandle {
	setItems(items: TimelineItemModel[]): void;
	setLanes(lanes: TimelineLane[] | null): void;
	setSelection(id: string | null): void;
	/** Marks the event being read in the narrative, apart from the selection. */
	setCurrent(id: string | null): void;
	setWindow(start: Date, end: Date, animate: boolean): void;
	getWindow(): { start: Date; end: Date };
	/** Moves so that the item is in view, zooming out only when it does not fit. */
	reveal(id: string, animate: boolean): void;
	/** factor < 1 zooms in, > 1 zooms out, around the centre. */
	zoom(factor: number, animate: boolean): void;
	/** Moves the window by a fraction of its width; negative is earlier. */
	pan(fraction: number, animate: boolean): void;
	fit(animate: boolean): void;
	redraw(): void;
	destroy(): void;
}

export interface TimelineLane {
	id: string;
	label: string;
	style: string;
}

export interface TimelineSetup {
	items: TimelineItemModel[];
	lanes: TimelineLane[] | null;
	/** The window to open at; the whole range of items when absent. */
	window: { start: Date; end: Date } | null;
	/** How far the reader may pan. */
	bounds: { start: Date; end: Date };
	/** Inline style per theme id, giving items their colour. */
	themeStyles: Record<string, string>;
	onSelect(id: string | null): void;
	/** Called once a change of window has settled; `byUser` is false for programmatic moves. */
	onWindowChange(window: { start: Date; end: Date }, byUser: boolean): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365.25 * DAY_MS;

interface VisItem {
	id: string;
	content: string;
	start: Date;
	end?: Date;
	type: 'point' | 'range';
	className: string;
	style: string;
	group?: string;
	model: TimelineItemModel;
}

function reducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export async function createTimeline(
	container: HTMLElement,
	setup: TimelineSetup
): Promise<TimelineHandle> {
	const [{ Timeline }, { DataSet }] = await Promise.all([
		import('vis-timeline/esnext'),
		import('vis-data/esnext'),
		import('vis-timeline/styles/vis-timeline-graph2d.min.css')
	]);

	let current: string | null = null;
	let lanesOn = setup.lanes !== null;

	const toVisItem = (model: TimelineItemModel): VisItem => ({
		id: model.id,
		content: model.title,
		start: model.start,
		// vis-timeline tests `'end' in item`, so a point must not carry the key at all.
		...(model.end ? { end: model.end } : {}),
		type: model.type,
		className: model.id === current ? `${model.className} is-current` : model.className,
		style: setup.themeStyles[model.theme] ?? '',
		group: lanesOn ? model.theme : undefined,
		model
	});

	let models = new Map(setup.items.map((item) => [item.id, item]));
	const items = new DataSet<VisItem>(setup.items.map(toVisItem));
	const groups = new DataSet(
		(setup.lanes ?? []).map((lane) => ({ id: lane.id, content: lane.label, style: lane.style }))
	);

	const range = (list: TimelineItemModel[]) => {
		if (list.length === 0) return setup.bounds;
		let start = list[0]!.start.getTime();
		let end = (list[0]!.end ?? list[0]!.start).getTime();
		for (const item of list) {
			start = Math.min(start, item.start.getTime());
			end = Math.max(end, (item.end ?? item.start).getTime());
		}
		// Labels run to the right of their items, so the right margin is the wider one.
		const span = Math.max(end - start, 60 * DAY_MS);
		return { start: new Date(start - span * 0.04), end: new Date(end + span * 0.22) };
	};

	const initial = setup.window ?? range(setup.items);
	const timeline = new Timeline(container, items, {
		start: initial.start,
		end: initial.end,
		min: setup.bounds.start,
		max: setup.bounds.end,
		zoomMin: DAY_MS,
		zoomMax: 40 * YEAR_MS,
		height: '100%',
		orientation: { axis: 'top', item: 'top' },
		stack: true,
		showCurrentTime: false,
		selectable: true,
		multiselect: false,
		showTooltips: false,
		horizontalScroll: false,
		verticalScroll: true,
		zoomFriction: 8,
		margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
		groupOrder: (a: { order?: number }, b: { order?: number }) => (a.order ?? 0) - (b.order ?? 0),
		dataAttributes: ['id'],
		template: (item: VisItem) => renderItemContent(item.model),
		// A string label would be set as innerHTML; an element built with textContent stays text.
		groupTemplate: (group: { content?: string } | null) => {
			const label = document.createElement('span');
			label.textContent = group?.content ?? '';
			return label;
		}
	});
	if (setup.lanes) timeline.setGroups(groups);

	let programmatic = 0;
	/** Where an animated move is heading, so that quick repeated zooms add up. */
	let heading: { start: Date; end: Date } | null = null;
	timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
		heading = null;
		const byUser = properties.byUser && programmatic === 0;
		setup.onWindowChange({ start: properties.start, end: properties.end }, byUser);
	});
	timeline.on('select', (properties: { items: string[] }) => {
		setup.onSelect(properties.items[0] ?? null);
	});

	const animation = (animate: boolean) =>
		animate && !reducedMotion()
			? { duration: 350, easingFunction: 'easeInOutQuad' as const }
			: false;

	const move = (action: () => void) => {
		programmatic++;
		try {
			action();
		} finally {
			// rangechanged fires synchronously for un-animated moves and later for animated ones.
			setTimeout(() => (programmatic = Math.max(0, programmatic - 1)), 450);
		}
	};

	const setWindow = (start: Date, end: Date, animate: boolean) => {
		heading = animation(animate) ? { start, end } : null;
		move(() => timeline.setWindow(start, end, { animation: animation(animate) }));
	};
	/** The window a relative move starts from: the current one, or where it is heading. */
	const baseWindow = () => heading ?? getWindow();

	const getWindow = () => {
		const window = timeline.getWindow();
		return { start: new Date(window.start), end: new Date(window.end) };
	};

	return {
		setItems(list) {
			models = new Map(list.map((item) => [item.id, item]));
			const keep = new Set(list.map((item) => item.id));
			const stale = items.getIds().filter((id) => !keep.has(String(id)));
			items.remove(stale);
			items.update(list.map(toVisItem));
		},
		setLanes(lanes) {
			lanesOn = lanes !== null;
			groups.clear();
			if (lanes) {
				groups.add(
					lanes.map((lane, order) => ({
						id: lane.id,
						content: lane.label,
						style: lane.style,
						order
					}))
				);
			}
			items.update([...models.values()].map(toVisItem));
			timeline.setGroups(lanes ? groups : undefined);
		},
		setSelection(id) {
			timeline.setSelection(id && models.has(id) ? [id] : []);
		},
		setCurrent(id) {
			if (id === current) return;
			const previous = current;
			current = id;
			const changed = [previous, id]
				.filter((changedId): changedId is string => changedId !== null && models.has(changedId))
				.map((changedId) => toVisItem(models.get(changedId)!));
			items.update(changed);
		},
		setWindow,
		getWindow,
		reveal(id, animate) {
			const model = models.get(id);
			if (!model) return;
			const window = getWindow();
			const width = window.end.getTime() - window.start.getTime();
			const itemStart = model.start.getTime();
			const itemEnd = (model.end ?? model.start).getTime();
			if (itemEnd - itemStart > width * 0.9) {
				const margin = (itemEnd - itemStart) * 0.1;
				setWindow(new Date(itemStart - margin), new Date(itemEnd + margin), animate);
				return;
			}
			// focus() also scrolls the stacked items vertically so that the item is on screen.
			move(() => timeline.focus(id, { zoom: false, animation: animation(animate) }));
		},
		zoom(factor, animate) {
			const window = baseWindow();
			const centre = (window.start.getTime() + window.end.getTime()) / 2;
			const half = ((window.end.getTime() - window.start.getTime()) * factor) / 2;
			setWindow(new Date(centre - half), new Date(centre + half), animate);
		},
		pan(fraction, animate) {
			const window = baseWindow();
			const shift = (window.end.getTime() - window.start.getTime()) * fraction;
			setWindow(
				new Date(window.start.getTime() + shift),
				new Date(window.end.getTime() + shift),
				animate
			);
		},
		fit(animate) {
			const all = range([...models.values()]);
			setWindow(all.start, all.end, animate);
		},
		redraw() {
			timeline.redraw();
		},
		destroy() {
			timeline.destroy();
			items.clear();
			groups.clear();
		}
	};
}
