import { cutAtEdge, fitLabel, GAP_PX, shareRow } from './label-fit.ts';

/**
 * The drawing's labels laid out by label-fit.ts's rules, once the engine has stacked its rows:
 * every label measured first, then every one written, so that the pass lays the timeline out
 * once.
 */

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
	/** Where the item's own mark ends: a point's dot, a bar's right end. */
	bodyRight: number;
	/** A selected or current item keeps its title beside its highlight. */
	turnable: boolean;
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
	const rows = new Map(
		drawn.map((one) => [
			one,
			obstacles.filter((other) => other !== one && other.top < one.bottom && other.bottom > one.top)
		])
	);
	const turnedLeft = sharedRows(drawn, rows, panelBox.width);
	const fits = drawn.map((one) => {
		const row = rows.get(one)!;
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
			...row
				.filter((other) => other.right <= one.left)
				.map((other) => (turnedLeft.get(other) ?? other.right + GAP_PX) - GAP_PX)
		);
		return fitLabel(
			{
				left: one.contentLeft,
				...one.widths,
				nextLeft: next ? (mayTurn ? one.right + GAP_PX : next.left) : Infinity,
				turn: one.turnable ? { itemLeft: one.itemLeft, previousRight } : null,
				endBy: turnedLeft.get(one)
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

/**
 * The titles that end early so that the next item in their row, cut by the right edge, can turn
 * its title towards them: where each turned title starts, by the item that makes room for it.
 */
function sharedRows(
	drawn: Drawn[],
	rows: Map<Drawn, Obstacle[]>,
	widthPx: number
): Map<Obstacle, number> {
	const turnedLeft = new Map<Obstacle, number>();
	const othersPx = (one: Drawn) => one.widths.contentPx - one.widths.labelPx;
	for (const one of drawn) {
		if (!one.turnable || !cutAtEdge(one.contentLeft, one.widths.contentPx, widthPx)) continue;
		const previous = rows
			.get(one)!
			.filter((other) => other.right <= one.left)
			.reduce<Obstacle | null>(
				(last, other) => (last && last.right >= other.right ? last : other),
				null
			);
		if (!previous || !('content' in previous)) continue;
		const before = previous as Drawn;
		const at = shareRow(
			{ ...before, othersPx: othersPx(before) },
			{ ...one, othersPx: othersPx(one), fullLabelPx: one.widths.fullLabelPx },
			widthPx
		);
		if (at !== null) turnedLeft.set(before, at);
	}
	return turnedLeft;
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
	const point = item.classList.contains('vis-point');
	// As the engine stacked it: a point's content at the usual limit (its box grows with a
	// title run on), a bar's whole length.
	const stackedRight = contentLeft + widths.contentPx + widths.tailPx;
	return {
		...box,
		left: Math.min(box.left, itemLeft),
		right: point ? stackedRight : Math.max(box.right, stackedRight),
		bodyRight: point ? (dot ?? itemBox).right - panelBox.left : box.right,
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
