/** The lesson step in the address, so that a reload or a shared link opens at it. */

/** Where a lesson keeps its step in the address; the preset page's is `?step=`. */
export interface StepAddress {
	/** The step the address opens at, 0-based, given each step's element id; null for none. */
	read: (stepIds: readonly string[]) => number | null;
	/** Writes the step into the address. */
	write: (index: number) => void;
}

/**
 * The step an address opens the lesson at, 0-based: `?step=3` (as the stepper writes it), or
 * the step of the event a `#event-…` hash names; null when it names neither.
 */
export function stepFromAddress(
	address: { search: string; hash: string },
	stepIds: readonly string[]
): number | null {
	const step = Number(new URLSearchParams(address.search).get('step'));
	if (Number.isInteger(step) && step >= 1 && step <= stepIds.length) return step - 1;
	const index = stepIds.findIndex((id) => `#${id}` === address.hash);
	return index === -1 ? null : index;
}

/** The address with the step in it (`?step=3`); the first step is the default, left out. */
export function addressWithStep(href: string, index: number): URL {
	const url = new URL(href);
	if (index === 0) url.searchParams.delete('step');
	else url.searchParams.set('step', String(index + 1));
	// A hash naming another event's step would open the lesson there instead.
	url.hash = '';
	return url;
}
