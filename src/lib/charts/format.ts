import type { ResolvedClaim } from '$lib/model/types.ts';

type ClaimValue = ResolvedClaim['values'][number];

/** Numbers as the rest of the site writes them: 7.8, 0.48, 1,000. */
export function formatNumber(value: number): string {
	return value.toLocaleString('en-GB');
}

/** "81%" for a unit in percent, otherwise the bare number (the axis names the unit). */
export function formatValue(value: number, unit: string): string {
	return `${formatNumber(value)}${/^percent/i.test(unit) ? '%' : ''}`;
}

/** A figure the source gives only as a floor reads "at least 7%", never "7%". */
export function formatFigureValue(figure: { value: number; lowerBound: boolean }, unit: string) {
	const value = formatValue(figure.value, unit);
	return figure.lowerBound ? `at least ${value}` : value;
}

/** A claim value as drawn: "17", "70–80%", or "24 or more" when there is no upper figure. */
export function formatClaimNumbers({ min, max }: Pick<ClaimValue, 'min' | 'max'>, unit: string) {
	if (min === undefined) return 'not given as a number';
	if (max === undefined) return `${formatValue(min, unit)} or more`;
	if (max === min) return formatValue(min, unit);
	const suffix = /^percent/i.test(unit) ? '%' : '';
	return `${formatNumber(min)}–${formatNumber(max)}${suffix}`;
}

/** The label beside a drawn claim: its numbers, led by the source's words when they are words. */
export function claimValueLabel(value: ClaimValue, unit: string): string {
	const numbers = formatClaimNumbers(value, unit);
	return /\d/.test(value.value) ? numbers : `“${value.value}”: ${numbers}`;
}
