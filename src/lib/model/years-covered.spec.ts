import { describe, expect, it } from 'vitest';
import type { EventDate } from './precision.ts';
import { yearsCovered } from './years-covered.ts';

const year = (value: number): EventDate => ({
	kind: 'single',
	value: { precision: 'year', year: value }
});

describe('yearsCovered', () => {
	it('spans from the first start to the last end', () => {
		expect(yearsCovered([year(2011), year(2008), year(2015)])).toBe('2008–2015');
	});

	it('gives one year when every event falls in it, and includes a winter that ends later', () => {
		expect(yearsCovered([year(2011)])).toBe('2011');
		const winter: EventDate = {
			kind: 'single',
			value: { precision: 'season', year: 2011, season: 'winter' }
		};
		expect(yearsCovered([winter])).toBe('2011–2012');
	});

	it('is empty without events', () => {
		expect(yearsCovered([])).toBe('');
	});
});
