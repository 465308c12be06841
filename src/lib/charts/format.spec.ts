import { describe, expect, it } from 'vitest';
import { claimValueLabel, formatClaimNumbers, formatFigureValue, formatValue } from './format.ts';

describe('formatValue', () => {
	it('adds a percent sign only for units in percent', () => {
		expect(formatValue(7.8, 'percent')).toBe('7.8%');
		expect(formatValue(2.3, 'percent (share spent on education)')).toBe('2.3%');
		expect(formatValue(0.48, 'Gini index, from 0 to 1')).toBe('0.48');
		expect(formatValue(17, 'people killed')).toBe('17');
	});

	it('says "at least" for a figure that is only a floor', () => {
		expect(formatFigureValue({ value: 7, lowerBound: true }, 'percent')).toBe('at least 7%');
		expect(formatFigureValue({ value: 17, lowerBound: false }, 'percent')).toBe('17%');
	});
});

describe('claim numbers', () => {
	it('reads a single number, a closed range and an open one', () => {
		expect(formatClaimNumbers({ min: 17, max: 17 }, 'people killed')).toBe('17');
		expect(formatClaimNumbers({ min: 70, max: 80 }, 'percent of the population')).toBe('70–80%');
		expect(formatClaimNumbers({ min: 24 }, 'people killed')).toBe('24 or more');
		expect(formatClaimNumbers({}, 'people killed')).toBe('not given as a number');
	});

	it('keeps the source’s words when they are not numbers', () => {
		const quote = { text: '', source: 'article', paragraph: 1, start: 0, end: 0 };
		expect(
			claimValueLabel({ value: 'dozens', by: 'others', min: 24, quote }, 'people killed')
		).toBe('“dozens”: 24 or more');
		expect(
			claimValueLabel({ value: '17', by: 'officials', min: 17, max: 17, quote }, 'people')
		).toBe('17');
	});
});
