import { describe, expect, it } from 'vitest';
import { cutAtEdge, fitLabel, MIN_LABEL_PX, shareRow, type LabelBox } from './label-fit.ts';

const WIDTH = 400;

/** A bar's label 170 px wide at the usual limit, 30 px of shape and gaps, alone in its row. */
const label = (change: Partial<LabelBox>): LabelBox => ({
	left: 10,
	contentPx: 200,
	labelPx: 170,
	fullLabelPx: 170,
	nextLeft: Infinity,
	turn: { itemLeft: 10, previousRight: 0 },
	...change
});

describe('fitLabel', () => {
	it('leaves a label that ends before the right edge as it is', () => {
		expect(fitLabel(label({}), WIDTH)).toEqual({ maxWidth: null, hidden: false, shiftPx: 0 });
	});

	it('runs a long title on, whole, when its row is free to the right', () => {
		expect(fitLabel(label({ fullLabelPx: 300, left: 0 }), 600)).toMatchObject({ maxWidth: 300 });
	});

	it('runs it on only up to the next item in its row, or the edge', () => {
		const nextAt250 = fitLabel(label({ fullLabelPx: 300, nextLeft: 250 }), 600);
		expect(nextAt250.maxWidth).toBe(250 - 8 - 10 - 30);
		const edge = fitLabel(label({ fullLabelPx: 500 }), WIDTH);
		expect(edge.maxWidth).toBe(WIDTH - 12 - 10 - 30);
	});

	it('narrows a label that would run past the right edge, so that it ends short of it', () => {
		const box = label({ left: 300 });
		const fit = fitLabel(box, WIDTH);
		expect(fit.hidden).toBe(false);
		// What is left of the content (its shape and gaps) plus the narrowed title fits.
		expect(box.left + (box.contentPx - box.labelPx) + fit.maxWidth!).toBeLessThan(WIDTH);
		expect(fit.maxWidth!).toBeGreaterThanOrEqual(MIN_LABEL_PX);
	});

	it('hides a label with too little room left to say anything', () => {
		expect(fitLabel(label({ left: 370 }), WIDTH)).toEqual({
			maxWidth: null,
			hidden: true,
			shiftPx: 0
		});
		expect(fitLabel(label({ left: 420, contentPx: 60, labelPx: 40 }), WIDTH).hidden).toBe(true);
	});

	it('turns a label to the left of its item at the right edge, when the row is free there', () => {
		const point = { itemLeft: 356, previousRight: 0 };
		const fit = fitLabel(label({ left: 370, turn: point }), WIDTH);
		expect(fit.hidden).toBe(false);
		expect(fit.maxWidth).toBe(170);
		// The content, moved, ends just before the dot.
		expect(370 + fit.shiftPx + 200).toBe(356 - 4);
		expect(370 + fit.shiftPx).toBeGreaterThanOrEqual(0);
	});

	it('turns it only as far as the previous item in its row, and not when that leaves no room', () => {
		const near = fitLabel(label({ left: 370, turn: { itemLeft: 356, previousRight: 200 } }), WIDTH);
		expect(near.maxWidth).toBe(356 - 4 - 208 - 30);
		expect(370 + near.shiftPx).toBeGreaterThanOrEqual(208);
		const blocked = fitLabel(
			label({ left: 370, turn: { itemLeft: 356, previousRight: 320 } }),
			WIDTH
		);
		expect(blocked).toEqual({ maxWidth: null, hidden: true, shiftPx: 0 });
	});

	it('does not turn a selected or current title away from its highlight: it is narrowed', () => {
		const fit = fitLabel(label({ left: 300, turn: null }), WIDTH);
		expect(fit.shiftPx).toBe(0);
		expect(fit.maxWidth).toBe(WIDTH - 4 - 300 - 30);
	});

	it('turns only a label the edge would cut, as its neighbours reckon it', () => {
		for (const left of [195, 196, 197, 300]) {
			const turn = { itemLeft: left - 14, previousRight: 0 };
			const fit = fitLabel(label({ left, turn }), WIDTH);
			expect(fit.shiftPx === 0 || cutAtEdge(left, 200, WIDTH), `${left}`).toBe(true);
		}
		expect(cutAtEdge(196, 200, WIDTH)).toBe(false);
		expect(cutAtEdge(197, 200, WIDTH)).toBe(true);
	});

	it('hides a label whose start (and so its dot) is left of the drawing', () => {
		expect(fitLabel(label({ left: -3 }), WIDTH).hidden).toBe(true);
	});
});

describe('shareRow', () => {
	// A title before it from 100 px, 20 px of shape; a point at 330 px cut by the edge.
	const previous = { contentLeft: 100, othersPx: 20, right: 300, bodyRight: 90 };
	const turning = { itemLeft: 330, contentLeft: 344, othersPx: 20, fullLabelPx: 250 };

	it('shares the room between the two titles evenly, the turned one ending before its dot', () => {
		const at = shareRow(previous, turning, WIDTH)!;
		const kept = at - 8 - 100 - 20;
		const turned = 330 - 4 - 20 - at;
		expect(Math.abs(kept - turned)).toBeLessThanOrEqual(1);
		// The two fits agree: the previous title ends before `at`, the turned one starts there.
		const before = fitLabel(label({ left: 100, contentPx: 190, labelPx: 170, endBy: at }), WIDTH);
		expect(before.maxWidth).toBe(Math.floor(kept));
		const after = fitLabel(
			label({
				left: 344,
				contentPx: 190,
				labelPx: 170,
				fullLabelPx: 250,
				turn: { itemLeft: 330, previousRight: at - 8 }
			}),
			WIDTH
		);
		expect(344 + after.shiftPx + 20).toBeGreaterThanOrEqual(at - 1);
		expect(after.maxWidth).toBeGreaterThanOrEqual(MIN_LABEL_PX);
	});

	it('takes nothing when the turned title has room, or the edge leaves it as much', () => {
		expect(shareRow({ ...previous, right: 120 }, turning, WIDTH)).toBeNull();
		expect(shareRow(previous, { ...turning, fullLabelPx: 30 }, WIDTH)).toBeNull();
	});

	it('does not turn a title over the bar before it, only over its title', () => {
		const bar = { contentLeft: 0, othersPx: 20, right: 300, bodyRight: 300 };
		expect(shareRow(bar, turning, WIDTH)).toBeNull();
		const shorter = shareRow({ ...bar, bodyRight: 250 }, turning, WIDTH)!;
		expect(shorter).toBe(258);
	});

	it('takes nothing when the turned title would still be too short to show', () => {
		// A bar ending at 275 leaves the point at 330 only 23 px to turn into: not worth cutting
		// the bar's title for.
		const bar = { contentLeft: 0, othersPx: 20, right: 300, bodyRight: 275 };
		expect(shareRow(bar, turning, WIDTH)).toBeNull();
	});

	it('takes nothing when the previous title would keep too little', () => {
		expect(shareRow({ ...previous, contentLeft: 260 }, turning, WIDTH)).toBeNull();
	});
});
