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
const GAP_PX = 8;
/** A title narrower than this says too little to be worth showing. */
export const MIN_LABEL_PX = 36;

const AS_IT_IS: LabelFit = { maxWidth: null, hidden: false, shiftPx: 0 };
const HIDDEN: LabelFit = { maxWidth: null, hidden: true, shiftPx: 0 };

export function fitLabel(box: LabelBox, widthPx: number): LabelFit {
	if (box.left < 0) return HIDDEN;
	const others = box.contentPx - box.labelPx;
	const room = widthPx - EDGE_PX - box.left - others;
	// Run on no further than the room the timeline keeps around an event it holds in view.
	const runOn = Math.min(widthPx - EDGE_MARGIN_PX, box.nextLeft - GAP_PX) - box.left - others;
	if (runOn >= box.fullLabelPx) {
		return box.fullLabelPx > box.labelPx ? { ...AS_IT_IS, maxWidth: box.fullLabelPx } : AS_IT_IS;
	}
	if (runOn >= box.labelPx) return { ...AS_IT_IS, maxWidth: Math.floor(runOn) };
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

/** The room for a title turned to the left of its item, up to the previous item in its row. */
function turnedRoom(turn: NonNullable<LabelBox['turn']>, others: number): number {
	return turn.itemLeft - GAP_PX / 2 - Math.max(0, turn.previousRight + GAP_PX) - others;
}

/** A content's widths at the usual limit, its title's whole, and its item's room after it. */
interface NaturalWidths {
	contentPx: number;
	labelPx: number;
	fullLabelPx: number;
	tailPx: number;
}

/** Widths measured at the usual limit, per element; the engine replaces an item's element
 * whenever it draws the item afresh, so a new element is measured afresh. */
const natural = new WeakMap<HTMLElement, NaturalWidths>();

/** The content's width as drawn at the usual limit: the room the engine stacked it in. */
export function naturalWidth(content: HTMLElement): number {
	return natural.get(content)?.contentPx ?? content.offsetWidth;
}

/** An item's box in the drawing, from its left edge: what a label may not run into. */
interface Obstacle {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** An item with a title, as the engine stacked it: its content at the usual limit. */
interface Drawn extends Obstacle {
	content: HTMLElement;
	label: HTMLElement;
	widths: NaturalWidths;
	contentLeft: number;
	/** Where the item itself starts: a point's dot, a bar's left end. */
	itemLeft: number;
	/** A selected or current item keeps its title beside its highlight. */
	turnable: boolean;
}

/** Whether a content starting at `left` runs past the drawing's right edge at the usual limit. */
export function cutAtEdge(left: number, contentPx: number, widthPx: number): boolean {
	return left + contentPx > widthPx - EDGE_PX;
}

/**
 * Fits every drawn label in `panel` (the engine's visible drawing area): every read first, then
 * every write, so that the pass lays the timeline out once. Items are neighbours when their
 * boxes share height: the engine stacks items of different heights a few pixels apart.
 */
export function fitEdgeLabels(panel: HTMLElement) {
	const panelBox = panel.getBoundingClientRect();
	const obstacles: Obstacle[] = [];
	const drawn: Drawn[] = [];
	for (const item of panel.querySelectorAll<HTMLElement>('.vis-item')) {
		const one = measure(item, panelBox);
		obstacles.push(one);
		if ('content' in one) drawn.push(one);
	}
	const fits = drawn.map((one) => {
		const row = obstacles.filter(
			(other) => other !== one && other.top < one.bottom && other.bottom > one.top
		);
		const after = row.filter((other) => other.left > one.left);
		const next = after.reduce<Obstacle | null>(
			(nearest, other) => (nearest && nearest.left <= other.left ? nearest : other),
			null
		);
		// An item cut by the right edge may turn its title towards this one: leave it room.
		const mayTurn =
			next !== null &&
			'contentLeft' in next &&
			cutAtEdge((next as Drawn).contentLeft, (next as Drawn).widths.contentPx, panelBox.width);
		const previousRight = Math.max(
			0,
			...row.filter((other) => other.right <= one.left).map((other) => other.right)
		);
		return fitLabel(
			{
				left: one.contentLeft,
				...one.widths,
				nextLeft: next ? (mayTurn ? one.right + GAP_PX : next.left) : Infinity,
				turn: one.turnable ? { itemLeft: one.itemLeft, previousRight } : null
			},
			panelBox.width
		);
	});
	drawn.forEach(({ content, label }, index) => {
		const fit = fits[index]!;
		const maxWidth = fit.maxWidth === null ? '' : `${fit.maxWidth}px`;
		if (label.style.maxWidth !== maxWidth) label.style.maxWidth = maxWidth;
		const visibility = fit.hidden ? 'hidden' : '';
		if (content.style.visibility !== visibility) content.style.visibility = visibility;
		const transform = fit.shiftPx ? `translateX(${fit.shiftPx}px)` : '';
		if (content.style.transform !== transform) content.style.transform = transform;
	});
}

/** An item's box and, if it has a title measured at the usual limit, what fitting it needs. */
function measure(item: HTMLElement, panelBox: DOMRect): Obstacle | Drawn {
	const itemBox = item.getBoundingClientRect();
	const box = {
		left: itemBox.left - panelBox.left,
		right: itemBox.right - panelBox.left,
		top: itemBox.top,
		bottom: itemBox.bottom
	};
	const content = item.querySelector<HTMLElement>('.kz-item-content');
	const label = content?.querySelector<HTMLElement>('.kz-item-label');
	if (!content || !label) return box;
	const contentBox = content.getBoundingClientRect();
	let widths = natural.get(content);
	if (!widths) {
		if (label.style.maxWidth || content.offsetWidth === 0) return box;
		widths = {
			contentPx: content.offsetWidth,
			labelPx: label.offsetWidth,
			// Whole pixels: a title 123.4 px wide held to 123 px would end in an ellipsis.
			fullLabelPx: label.scrollWidth + 1,
			tailPx: Math.max(0, itemBox.right - contentBox.right)
		};
		natural.set(content, widths);
	}
	const contentLeft = contentBox.left - panelBox.left - shiftOf(content);
	const dot = item.querySelector('.vis-dot')?.getBoundingClientRect();
	const itemLeft = (dot ?? itemBox).left - panelBox.left;
	// As the engine stacked it: a point's content at the usual limit (its box grows with a
	// title run on), a bar's whole length.
	const stackedRight = contentLeft + widths.contentPx + widths.tailPx;
	return {
		...box,
		left: Math.min(box.left, itemLeft),
		right: item.classList.contains('vis-point') ? stackedRight : Math.max(box.right, stackedRight),
		content,
		label,
		widths,
		contentLeft,
		itemLeft,
		turnable: !item.matches('.vis-selected, .is-current')
	};
}

/** How far a turned label was moved, to measure where its content starts unturned. */
function shiftOf(content: HTMLElement): number {
	const match = /translateX\((-?[\d.]+)px\)/.exec(content.style.transform);
	return match ? Number(match[1]) : 0;
}
