/**
 * mulberry32: a tiny seeded generator, so that a benchmark dataset is the same on every machine.
 * @param {number} seed
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** Helpers over one generator, so callers read as "pick a theme" rather than index arithmetic. */
export class Random {
	/** @param {number} seed */
	constructor(seed) {
		this.next = mulberry32(seed);
	}

	/** @param {number} min @param {number} max inclusive */
	integer(min, max) {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** @param {number} probability */
	chance(probability) {
		return this.next() < probability;
	}

	/**
	 * @template T
	 * @param {readonly T[]} list
	 * @returns {T}
	 */
	pick(list) {
		return /** @type {T} */ (list[Math.floor(this.next() * list.length)]);
	}

	/**
	 * Up to `count` distinct items, in the order drawn.
	 * @template T
	 * @param {readonly T[]} list
	 * @param {number} count
	 * @returns {T[]}
	 */
	sample(list, count) {
		const pool = [...list];
		const drawn = [];
		while (drawn.length < count && pool.length > 0) {
			drawn.push(.../** @type {T[]} */ (pool.splice(Math.floor(this.next() * pool.length), 1)));
		}
		return drawn;
	}
}
