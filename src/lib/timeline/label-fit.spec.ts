import { describe, expect, it } from 'vitest';
import { fitLabel, MIN_LABEL_PX } from './label-fit.ts';

const WIDTH = 400;

describe('fitLabel', () => {
	it('leaves a label that ends before the right edge as it is', () => {
		expect(fitLabel({ left: 10, contentPx: 200, labelPx: 170 }, WIDTH)).toEqual({
			maxWidth: null,
			hidden: false
		});
	});

	it('narrows a label that would run past the right edge, so that it ends short of it', () => {
		const box = { left: 300, contentPx: 200, labelPx: 170 };
		const fit = fitLabel(box, WIDTH);
		expect(fit.hidden).toBe(false);
		expect(fit.maxWidth).not.toBeNull();
		// What is left of the content (its shape and gaps) plus the narrowed title fits.
		expect(box.left + (box.contentPx - box.labelPx) + fit.maxWidth!).toBeLessThan(WIDTH);
		expect(fit.maxWidth!).toBeGreaterThanOrEqual(MIN_LABEL_PX);
	});

	it('hides a label with too little room left to say anything', () => {
		expect(fitLabel({ left: 370, contentPx: 200, labelPx: 170 }, WIDTH)).toEqual({
			maxWidth: null,
			hidden: true
		});
		expect(fitLabel({ left: 420, contentPx: 60, labelPx: 40 }, WIDTH).hidden).toBe(true);
	});

	it('hides a label whose start (and so its dot) is left of the drawing', () => {
		expect(fitLabel({ left: -3, contentPx: 200, labelPx: 170 }, WIDTH).hidden).toBe(true);
	});
});
