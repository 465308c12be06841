import { describe, expect, it } from 'vitest';
import { stackOrder } from './stack-order.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const boom = { start: day('2000-01-01'), end: day('2008-01-01') };
const party = { start: day('2011-04-01'), end: day('2012-01-31') };
const massacre = { start: day('2011-12-16') };
const election = { start: day('2012-01-15') };
const items = [boom, party, election, massacre];

function stacked(from: string, to: string) {
	const order = stackOrder(() => day(to).getTime() - day(from).getTime());
	return items.toSorted(order);
}

describe('stackOrder', () => {
	it('puts the events that fit in a month above the spans longer than it', () => {
		expect(stacked('2011-12-01', '2012-01-31')).toEqual([massacre, election, boom, party]);
	});

	it('stacks by start alone when every item fits', () => {
		expect(stacked('1990-01-01', '2015-01-01')).toEqual([boom, party, massacre, election]);
	});

	it('moves a span down only once the window is shorter than it', () => {
		expect(stacked('2011-01-01', '2012-06-01')).toEqual([party, massacre, election, boom]);
	});

	it('reads the window at each comparison, so a zoom changes the order', () => {
		let shown = { start: day('1990-01-01'), end: day('2015-01-01') };
		const order = stackOrder(() => shown.end.getTime() - shown.start.getTime());
		expect(order(boom, massacre)).toBeLessThan(0);
		shown = { start: day('2011-12-01'), end: day('2012-01-31') };
		expect(order(boom, massacre)).toBeGreaterThan(0);
	});
});
