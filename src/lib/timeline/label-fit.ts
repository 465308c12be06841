import { EDGE_MARGIN_PX } from './visible-window.ts';

/**
 * Labels on the drawing, fitted to the room there is once the engine has stacked its rows.
 * vis-timeline stacks each item as wide as its label drawn at most LABEL_MAX_PX, so that more
 * events share a row. After that, a label uses the room its row leaves: it runs on, whole, to
 * the next item in the row; it ends in an ellipsis before the drawing's right edge; an item
 * there turns its label to its left side when the row is free there; and a label
 * with too little room (or a dot out of sight to the left) is hidden, its full title still in
 * the timeline's caption when the item is chosen.
 */

/** What one label needs, in pixels from the drawing's left edge, and the room around it. */
export interface LabelBox {
	/** The content's left edge. */
	left: number;
	/** The whole content (shape, "c.", title, "planned") as drawn at the usual limit. */
	contentPx: number;
	/** The title alone, as drawn at the usual limit. */
	labelPx: number;
	/** The title's full width, uncut. */
	fullLabelPx: number;
	/** Where the next item in the same row starts; Infinity for none. */
	nextLeft: number;
	/**
	 * Where the item starts (a point's dot, a bar's left end), and where the row's previous item
	 * ends (0 for none): the room a label turned to the left of the item may take. Null: it may
	 * not turn.
	 */
	turn: { itemLeft: number; previousRight: number } | null;
	/** Where a neighbour's title turned towards this one starts (see shareRow); none if absent. */
	endBy?: number;
}

export interface LabelFit {
	/** The title's width in pixels, or null to leave it at the usual limit. */
	maxWidth: number | null;
	hidden: boolean;
	/** Moves the content this far left (negative), to the other side of its dot; 0 for none. */
	shiftPx: number;
}

/**
 * The widest a title is drawn when stacking the rows, in pixels (about 25 characters at the
 * timeline's 0.8rem), ending in an ellipsis: more events share a row, so fewer rows hold them.
 */
export const LABEL_MAX_PX = 180;

/** Room left free before the right edge, so that the ellipsis is not on the border. */
const EDGE_PX = 4;
/** Room kept between a label and the next item in its row, or a turned label and its dot. */
export const GAP_PX = 8;
/** A title narrower than this says too little to be worth showing. */
export const MIN_LABEL_PX = 36;

const AS_IT_IS: LabelFit = { maxWidth: null, hidden: false, shiftPx: 0 };
const HIDDEN: LabelFit = { maxWidth: null, hidden: true, shiftPx: 0 };

export function fitLabel(box: LabelBox, widthPx: number): LabelFit {
	if (box.left < 0) return HIDDEN;
	const endBy = box.endBy ?? Infinity;
	const others = box.contentPx - box.labelPx;
	const room = widthPx - EDGE_PX - box.left - others;
	// Run on no further than the room the timeline keeps around an event it holds in view.
	const end = Math.min(widthPx - EDGE_MARGIN_PX, box.nextLeft - GAP_PX, endBy - GAP_PX);
	const runOn = end - box.left - others;
	if (runOn >= box.fullLabelPx) {
		return box.fullLabelPx > box.labelPx ? { ...AS_IT_IS, maxWidth: box.fullLabelPx } : AS_IT_IS;
	}
	if (runOn >= box.labelPx) return { ...AS_IT_IS, maxWidth: Math.floor(runOn) };
	// A neighbour's title turned towards this one: it ends before it.
	if (endBy < Infinity)
		return runOn < MIN_LABEL_PX ? HIDDEN : { ...AS_IT_IS, maxWidth: Math.floor(runOn) };
	if (room >= box.labelPx) return AS_IT_IS;
	// Cut short by the right edge: the label may turn to the item's free left side.
	const turned = box.turn ? turnedRoom(box.turn, others) : 0;
	if (turned > room && turned >= Math.min(MIN_LABEL_PX, box.fullLabelPx)) {
		const width = Math.min(box.fullLabelPx, Math.floor(turned));
		const shiftPx = box.turn!.itemLeft - GAP_PX / 2 - (others + width) - box.left;
		return { maxWidth: width, hidden: false, shiftPx: Math.round(shiftPx) };
	}
	if (room < MIN_LABEL_PX) return HIDDEN;
	return { ...AS_IT_IS, maxWidth: Math.floor(room) };
}

/**
 * Where the title of an item cut by the right edge starts when turned into its row, the previous
 * title ending before it: the two titles share the room between them evenly (or the turned one
 * takes its whole title, if shorter). Null when it has that room already, when the edge leaves it
 * as much, or when the previous title would keep too little.
 */
export function shareRow(
	previous: { contentLeft: number; othersPx: number; right: number; bodyRight: number },
	turning: { itemLeft: number; contentLeft: number; othersPx: number; fullLabelPx: number },
	widthPx: number
): number | null {
	const between =
		turning.itemLeft -
		GAP_PX / 2 -
		turning.othersPx -
		GAP_PX -
		previous.contentLeft -
		previous.othersPx;
	const wanted = Math.min(turning.fullLabelPx, Math.max(MIN_LABEL_PX, between / 2));
	const edgeRoom = widthPx - EDGE_PX - turning.contentLeft - turning.othersPx;
	const turn = { itemLeft: turning.itemLeft, previousRight: previous.right };
	if (edgeRoom >= wanted || turnedRoom(turn, turning.othersPx) >= wanted) return null;
	// A bar's title may end early; its bar may not.
	const turnedLeft = Math.max(
		turning.itemLeft - GAP_PX / 2 - turning.othersPx - wanted,
		previous.bodyRight + GAP_PX
	);
	const kept = turnedLeft - GAP_PX - previous.contentLeft - previous.othersPx;
	const got = turning.itemLeft - GAP_PX / 2 - turning.othersPx - turnedLeft;
	const worth = got > edgeRoom && got >= Math.min(MIN_LABEL_PX, turning.fullLabelPx);
	return kept >= MIN_LABEL_PX && worth && turnedLeft < previous.right + GAP_PX ? turnedLeft : null;
}

/** The room for a title turned to the left of its item, up to the previous item in its row. */
function turnedRoom(turn: NonNullable<LabelBox['turn']>, others: number): number {
	return turn.itemLeft - GAP_PX / 2 - Math.max(0, turn.previousRight + GAP_PX) - others;
}

/** Whether a content starting at `left` runs past the drawing's right edge at the usual limit. */
export function cutAtEdge(left: number, contentPx: number, widthPx: number): boolean {
	return left + contentPx > widthPx - EDGE_PX;
}
