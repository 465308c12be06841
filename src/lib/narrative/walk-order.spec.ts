import { describe, expect, it } from 'vitest';
import { stepFrom, stepInWindow, type EntrySpan } from './walk-order.ts';

/** Entries by year: a 1990 event, a 1995–2005 span, 2011 and 2012 events. */
const year = (value: number) => new Date(value, 0, 1).getTime();
const entries = [
	{ id: 'a', start: year(1990), end: year(1991) },
	{ id: 'span', start: year(1995), end: year(2006) },
	{ id: 'b', start: year(2011), end: year(2012) },
	{ id: 'c', start: year(2012), end: year(2013) }
];
const span = (entry: EntrySpan) => entry;
const ids = (entry: { id: string } | null) => entry?.id ?? null;

describe('stepFrom', () => {
	it('steps from an entry, stopping at the ends, and starts at an end from none', () => {
		expect(ids(stepFrom(entries, 'a', 1))).toBe('span');
		expect(ids(stepFrom(entries, 'c', 1))).toBe('c');
		expect(ids(stepFrom(entries, null, 1))).toBe('a');
		expect(ids(stepFrom(entries, null, -1))).toBe('c');
		expect(stepFrom([], null, 1)).toBeNull();
	});
});

describe('stepInWindow', () => {
	const late2011 = { start: year(2011), end: year(2013) };

	it('lands on the first or last entry in the window when the one being read is elsewhere', () => {
		expect(ids(stepInWindow(entries, 'a', 1, late2011, span))).toBe('b');
		expect(ids(stepInWindow(entries, 'a', -1, late2011, span))).toBe('c');
		expect(ids(stepInWindow(entries, null, 1, late2011, span))).toBe('b');
	});

	it('steps on from the one being read when it is in the window', () => {
		const all = { start: year(1989), end: year(2014) };
		expect(ids(stepInWindow(entries, 'span', 1, all, span))).toBe('b');
		expect(ids(stepInWindow(entries, 'span', -1, all, span))).toBe('a');
	});

	it('prefers what starts in the window to a span that only runs through it', () => {
		const from2005 = { start: year(2005), end: year(2012) };
		expect(ids(stepInWindow(entries, 'a', 1, from2005, span))).toBe('b');
		expect(ids(stepInWindow(entries, 'a', -1, from2005, span))).toBe('b');
	});

	it('counts a span that runs through the window as in it when nothing starts there', () => {
		const inside = { start: year(2000), end: year(2001) };
		expect(ids(stepInWindow(entries, 'c', 1, inside, span))).toBe('span');
	});

	it('with nothing in the window, goes to the next entry after it or the last one before it', () => {
		const gap = { start: year(2007), end: year(2009) };
		expect(ids(stepInWindow(entries, null, 1, gap, span))).toBe('b');
		expect(ids(stepInWindow(entries, null, -1, gap, span))).toBe('span');
		const after = { start: year(2030), end: year(2031) };
		expect(ids(stepInWindow(entries, null, 1, after, span))).toBe('c');
	});

	it("keeps a teacher's order: the first in the window is the first in that order", () => {
		const taught = [entries[3]!, entries[0]!, entries[2]!];
		expect(ids(stepInWindow(taught, 'a', 1, late2011, span))).toBe('c');
		expect(ids(stepInWindow(taught, 'a', -1, late2011, span))).toBe('b');
	});
});
