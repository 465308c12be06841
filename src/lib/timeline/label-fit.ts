/**
 * Labels at the edges of the drawing. vis-timeline lets a label run on past the right edge,
 * where the edge cuts it mid-word, and draws a point's label even when its dot is off the left
 * edge. Each label is kept whole instead: narrowed, so that it ends in an ellipsis before the
 * edge; or, with too little room (or its dot out of sight), hidden, its full title still in the
 * timeline's caption when the item is chosen.
 */

/** What one label needs, in pixels: where its item's content starts in the drawing, its widths. */
export interface LabelBox {
	/** The content's left edge, from the drawing's left edge. */
	left: number;
	/** The whole content (shape, "c.", title, "planned") as drawn without narrowing. */
	contentPx: number;
	/** The title alone, as drawn without narrowing. */
	labelPx: number;
}

export interface LabelFit {
	/** The title's width in pixels, or null to leave it as wide as it is. */
	maxWidth: number | null;
	hidden: boolean;
}

/**
 * The widest a title is drawn, in pixels (about 25 characters at the timeline's 0.8rem), ending
 * in an ellipsis: more events share a row, so fewer rows hold them. The full title is in the
 * caption under the drawing whenever the item is pointed at, selected or being read.
 */
export const LABEL_MAX_PX = 180;

/** Room left free before the right edge, so that the ellipsis is not on the border. */
const EDGE_PX = 4;
/** A title narrower than this says too little to be worth showing. */
export const MIN_LABEL_PX = 36;

export function fitLabel(box: LabelBox, widthPx: number): LabelFit {
	if (box.left < 0) return { maxWidth: null, hidden: true };
	const room = widthPx - EDGE_PX - box.left;
	if (room >= box.contentPx) return { maxWidth: null, hidden: false };
	const labelRoom = box.labelPx - (box.contentPx - room);
	if (labelRoom < MIN_LABEL_PX) return { maxWidth: null, hidden: true };
	return { maxWidth: Math.floor(labelRoom), hidden: false };
}

/** Widths measured before any narrowing, per element; the engine replaces an item's element
 * whenever it draws the item afresh, so a new element is measured afresh. */
const natural = new WeakMap<HTMLElement, { contentPx: number; labelPx: number }>();

/** The content's width as drawn before any narrowing: the room its label really needs. */
export function naturalWidth(content: HTMLElement): number {
	return natural.get(content)?.contentPx ?? content.offsetWidth;
}

/**
 * Fits every drawn label in `panel` (the engine's visible drawing area): every read first, then
 * every write, so that the pass lays the timeline out once.
 */
export function fitEdgeLabels(panel: HTMLElement) {
	const panelBox = panel.getBoundingClientRect();
	const fits: Array<[HTMLElement, HTMLElement, LabelFit]> = [];
	for (const content of panel.querySelectorAll<HTMLElement>('.kz-item-content')) {
		const label = content.querySelector<HTMLElement>('.kz-item-label');
		if (!label) continue;
		let widths = natural.get(content);
		if (!widths) {
			if (label.style.maxWidth || content.offsetWidth === 0) continue;
			widths = { contentPx: content.offsetWidth, labelPx: label.offsetWidth };
			natural.set(content, widths);
		}
		const left = content.getBoundingClientRect().left - panelBox.left;
		fits.push([content, label, fitLabel({ left, ...widths }, panelBox.width)]);
	}
	for (const [content, label, fit] of fits) {
		const maxWidth = fit.maxWidth === null ? '' : `${fit.maxWidth}px`;
		if (label.style.maxWidth !== maxWidth) label.style.maxWidth = maxWidth;
		const visibility = fit.hidden ? 'hidden' : '';
		if (content.style.visibility !== visibility) content.style.visibility = visibility;
	}
}
