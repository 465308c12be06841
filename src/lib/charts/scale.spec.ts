import { describe, expect, it } from 'vitest';
import { niceStep, scaleLinear, ticks, zeroBasedDomain } from './scale.ts';

describe('scaleLinear', () => {
	it('maps the domain onto the range, in either direction', () => {
		const across = scaleLinear([0, 100], [0, 82]);
		expect(across(0)).toBe(0);
		expect(across(50)).toBe(41);
		expect(across(100)).toBe(82);
		const down = scaleLinear([0, 20], [200, 40]);
		expect(down(0)).toBe(200);
		expect(down(20)).toBe(40);
		expect(down(5)).toBe(160);
	});

	it('keeps its domain and range, and survives an empty domain', () => {
		const flat = scaleLinear([0, 0], [10, 90]);
		expect(flat.domain).toEqual([0, 0]);
		expect(flat.range).toEqual([10, 90]);
		expect(flat(5)).toBe(10);
	});
});

describe('zeroBasedDomain', () => {
	it('always starts at zero', () => {
		expect(zeroBasedDomain([81, 7.8, 7.2])[0]).toBe(0);
		expect(zeroBasedDomain([6, 2.3])[0]).toBe(0);
	});

	it('rounds the top up to a tick step', () => {
		expect(zeroBasedDomain([81, 7.8, 7.2, 76])).toEqual([0, 100]);
		expect(zeroBasedDomain([17, 7])).toEqual([0, 20]);
		expect(zeroBasedDomain([6, 2.3])).toEqual([0, 6]);
		expect(zeroBasedDomain([3.5, 25.9])).toEqual([0, 30]);
		expect(zeroBasedDomain([0.48, 0.34, 0.41])).toEqual([0, 0.6]);
	});

	it('ends at the natural end of the scale when one is given', () => {
		expect(zeroBasedDomain([0.48], 1)).toEqual([0, 1]);
		expect(zeroBasedDomain([3.5, 25.9], 100)).toEqual([0, 100]);
	});

	it('has a usable extent with no values or only zeros', () => {
		expect(zeroBasedDomain([])).toEqual([0, 1]);
		expect(zeroBasedDomain([0])).toEqual([0, 1]);
	});
});

describe('ticks', () => {
	it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
		expect(niceStep(100)).toBe(25);
		expect(niceStep(20)).toBe(5);
		expect(niceStep(1)).toBe(0.25);
		expect(niceStep(6)).toBe(2);
		expect(niceStep(0.6)).toBe(0.2);
	});

	it('runs from zero to the top without floating-point noise', () => {
		expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
		expect(ticks(0.6)).toEqual([0, 0.2, 0.4, 0.6]);
		expect(ticks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
		expect(ticks(40)).toEqual([0, 10, 20, 30, 40]);
	});

	it('stops below a top that is not a whole number of steps', () => {
		expect(ticks(7)).toEqual([0, 2, 4, 6]);
	});
});
