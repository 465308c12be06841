import { describe, expect, it } from 'vitest';
import { AGGREGATE_PREFIX, type AggregateModel } from './aggregate.ts';
import { eventItem, fakeParts } from './fake-engine.ts';
import { ItemMirror, type MirrorSetup, type TimelineLane } from './item-mirror.ts';
import type { TimelineItemModel } from './items.ts';

const at = (day: string) => new Date(`${day}T00:00:00Z`);
/** Two years; "near" it is one width either side, 1998 to 2004. */
const window = { start: at('2000-01-01'), end: at('2002-01-01') };
const a = eventItem('a', '2000-06-01');
const b = eventItem('b', '2001-03-01');
const far = eventItem('far', '2010-01-01');
/** More events near the window than the engine is given: they are counted in bins. */
const many = Array.from({ length: 160 }, (_, index) =>
	eventItem(`n${index}`, `2000-0${(index % 9) + 1}-01`)
);
const lanes: TimelineLane[] = [
	{ id: 'labour', label: 'Labour', style: 'color: red' },
	{ id: 'oil', label: 'Oil', style: 'color: black' }
];

function mirror(items: TimelineItemModel[], setup: Partial<MirrorSetup> = {}) {
	const parts = fakeParts(window);
	const calls: string[] = [];
	const itemMirror = new ItemMirror(parts, {
		items,
		lanes: null,
		themeStyles: { labour: 'color: red' },
		onselect: (id) => calls.push(`select ${id}`),
		oncount: (count) => calls.push(`count ${count.count}`),
		onhover: (id) => calls.push(`hover ${id}`),
		onrowsheight: (height) => calls.push(`rows ${height}`),
		...setup
	});
	return { ...parts, mirror: itemMirror, calls };
}

describe('ItemMirror: what the engine holds', () => {
	it('hands the engine the events near the window, not the far ones', () => {
		const { items } = mirror([a, b, far]);
		expect(items.ids).toEqual(['a', 'b']);
		expect(items.get('a')).toMatchObject({ start: a.start, type: 'point', style: 'color: red' });
	});

	it('hands over only what changed when the events change', () => {
		const { items, mirror: shown } = mirror([a, b]);
		items.log.length = 0;
		const moved = eventItem('b', '2001-04-01');
		shown.setItems([a, moved, eventItem('c', '2001-05-01')]);
		expect(items.log).toEqual(['update b c']);
		shown.setItems([a]);
		expect(items.log).toEqual(['update b c', 'remove b c']);
		expect(items.ids).toEqual(['a']);
	});

	it('hands over the events near a new window, and lets go of the old ones', () => {
		const { items, mirror: shown } = mirror([a, b, far]);
		shown.refresh({ start: at('2009-06-01'), end: at('2010-06-01') });
		expect(items.ids).toEqual(['far']);
	});

	it('counts the events in bins once there are too many near the window', () => {
		const { items } = mirror(many);
		expect(items.ids.length).toBeGreaterThan(0);
		expect(items.ids.every((id) => id.startsWith(AGGREGATE_PREFIX))).toBe(true);
	});

	it('gives every event its lane, and the same lanes again hand nothing over', () => {
		const { items, lanes: groups, engine, mirror: shown } = mirror([a, b], { lanes });
		expect(groups.held.map((lane) => [lane.id, lane.order])).toEqual([
			['labour', 0],
			['oil', 1]
		]);
		expect(engine.lanesShown).toBe(groups);
		expect(items.get('a')?.group).toBe('labour');
		items.log.length = 0;
		expect(shown.setLanes([...lanes.map((lane) => ({ ...lane }))])).toBe(false);
		expect(items.log).toEqual([]);
		expect(shown.setLanes(null)).toBe(true);
		expect(engine.lanesShown).toBeUndefined();
		expect(items.log).toEqual(['clear', 'update a b']);
		expect(items.get('a')?.group).toBeUndefined();
	});

	it('clears what it handed over when destroyed', () => {
		const { items, lanes: groups, mirror: shown } = mirror([a], { lanes });
		shown.destroy();
		expect(items.ids).toEqual([]);
		expect(groups.held).toEqual([]);
	});
});

describe('ItemMirror: selection, the event being read and the one kept in view', () => {
	it('selects an event in the engine, drawing it even far from the window', () => {
		const { items, engine, mirror: shown } = mirror([a, far]);
		shown.setSelection('far');
		expect(items.ids).toEqual(['a', 'far']);
		expect(engine.selections.at(-1)).toEqual(['far']);
		shown.setSelection('nowhere');
		expect(engine.selections.at(-1)).toEqual([]);
	});

	it('selects an event again when the engine is handed it afresh', () => {
		const { engine, mirror: shown } = mirror([a, b]);
		shown.setSelection('a');
		shown.setItems([b]);
		const selections = engine.selections.length;
		shown.setItems([a, b]);
		expect(engine.selections.slice(selections)).toEqual([['a']]);
	});

	it('marks the event being read, and unmarks the one read before', () => {
		const { items, mirror: shown } = mirror([a, b]);
		items.log.length = 0;
		shown.setCurrent('a');
		expect(items.get('a')?.className).toBe('kz-item is-current');
		shown.setCurrent('b');
		expect(items.get('a')?.className).toBe('kz-item');
		expect(items.get('b')?.className).toBe('kz-item is-current');
		shown.setCurrent('b');
		expect(items.log).toEqual(['update a', 'update a b']);
	});

	it('draws the event being read and the one kept in view wherever the window is', () => {
		const read = eventItem('read', '1980-01-01');
		const { items, mirror: shown } = mirror([a, read, far]);
		shown.setCurrent('read');
		expect(shown.setFocus('far')).toBe('far');
		expect(items.ids).toEqual(['a', 'far', 'read']);
		expect(shown.setFocus('nowhere')).toBeNull();
	});
});

describe('ItemMirror: what the reader does on the drawing', () => {
	it('reports a chosen event, and a cleared choice', () => {
		const { engine, calls } = mirror([a]);
		engine.emit('select', { items: ['a'] });
		engine.emit('select', { items: [] });
		expect(calls).toEqual(['select a', 'select null']);
	});

	it('hands a chosen count on to zoom into, keeping the selection', () => {
		const { engine, items, calls, mirror: shown } = mirror(many);
		shown.setSelection('n0');
		const count = items.ids.find((id) => id.startsWith(AGGREGATE_PREFIX))!;
		engine.emit('select', { items: [count] });
		const total = (items.get(count)!.model as AggregateModel).count;
		expect(calls).toEqual([`count ${total}`]);
		expect(engine.selections.at(-1)).toEqual(['n0']);
	});

	it('names the event under the pointer, and no count', () => {
		const { engine, items, calls } = mirror(many);
		engine.emit('itemover', { item: 'n3' });
		engine.emit('itemout', {});
		engine.emit('itemover', { item: items.ids[0] });
		expect(calls).toEqual(['hover n3', 'hover null', 'hover null']);
	});

	it('fits the labels at each drawing, and reports the rows’ height when it changes', () => {
		const { engine, drawing, calls } = mirror([a]);
		engine.emit('changed', {});
		engine.emit('changed', {});
		engine.props.center.height = 500;
		engine.emit('changed', {});
		expect(drawing.labelFits).toBe(3);
		expect(calls).toEqual([`rows ${40 + 300 + 2}`, `rows ${40 + 500 + 2}`]);
	});

	it('measures a label as drawn, or reckons it before it is drawn', () => {
		const { drawing, mirror: shown } = mirror([a]);
		const reckoned = shown.footprint('a')!.labelPx;
		drawing.drawnPx.set('a', 250);
		expect(shown.footprint('a')).toEqual({ start: a.start, end: undefined, labelPx: 258 });
		expect(reckoned).toBeGreaterThan(8);
		expect(reckoned).not.toBe(258);
		expect(shown.footprint('nowhere')).toBeNull();
	});
});
