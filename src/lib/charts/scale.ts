/** Maps data values to positions linearly, e.g. percent of a chart's width or pixels down it. */
export interface LinearScale {
	(value: number): number;
	readonly domain: readonly [number, number];
	readonly range: readonly [number, number];
}

export function scaleLinear(
	domain: readonly [number, number],
	range: readonly [number, number]
): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	const scale = (value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
	return Object.assign(scale, { domain, range });
}

/** Drops the binary noise of sums such as 0.1 * 3, so that ticks print as 0.3. */
function tidy(value: number): number {
	return Number.parseFloat(value.toPrecision(12));
}

/** A tick step of 1, 2, 2.5 or 5 times a power of ten that cuts `top` into about `count` parts. */
export function niceStep(top: number, count = 4): number {
	if (!(top > 0)) return 1;
	const raw = top / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= raw * (1 - 1e-9));
	return tidy((multiple ?? 10) * power);
}

/**
 * The value axis of every chart starts at zero. It ends at `axisMax` when the scale has a
 * natural end (100 percent), otherwise at the largest value rounded up to a tick step.
 */
export function zeroBasedDomain(values: readonly number[], axisMax?: number): [0, number] {
	if (axisMax !== undefined) return [0, axisMax];
	const largest = Math.max(0, ...values);
	if (largest === 0) return [0, 1];
	const step = niceStep(largest);
	return [0, tidy(Math.ceil(largest / step - 1e-9) * step)];
}

/** Tick values from zero up to `top`, never past it. */
export function ticks(top: number, count = 4): number[] {
	const step = niceStep(top, count);
	const values: number[] = [];
	for (let index = 0; tidy(index * step) <= top; index++) values.push(tidy(index * step));
	return values;
}
