/**
 * Which rows of a long list to render: those that overlap the viewport, plus some overscan.
 * Heights are measured once a row has been rendered and estimated until then.
 */
export interface ListWindow {
	start: number;
	end: number;
	/** Height of the rows before `start`, kept as empty space. */
	before: number;
	/** Height of the rows from `end` on. */
	after: number;
}

export function rowOffsets(heights: ArrayLike<number>): Float64Array {
	const offsets = new Float64Array(heights.length + 1);
	for (let index = 0; index < heights.length; index++) {
		offsets[index + 1] = offsets[index]! + heights[index]!;
	}
	return offsets;
}

/** First row whose bottom edge lies below `y` (binary search over the offsets). */
export function rowAt(offsets: Float64Array, y: number): number {
	let low = 0;
	let high = offsets.length - 2;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (offsets[middle + 1]! <= y) low = middle + 1;
		else high = middle;
	}
	return Math.max(0, low);
}

export function listWindow(
	offsets: Float64Array,
	viewTop: number,
	viewBottom: number,
	overscan: number
): ListWindow {
	const count = offsets.length - 1;
	if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
	const start = rowAt(offsets, Math.max(0, viewTop - overscan));
	let end = rowAt(offsets, viewBottom + overscan) + 1;
	end = Math.min(count, Math.max(end, start + 1));
	return {
		start,
		end,
		before: offsets[start]!,
		after: offsets[count]! - offsets[end]!
	};
}
