/** The lesson step in the address, so that a reload or a shared link opens at it. */

/** Where a lesson keeps its step in the address; the preset page's is `?step=`. */
export interface StepAddress {
	/** The step the address opens at, 0-based, given each step's element id; null for none. */
	read: (stepIds: readonly string[]) => number | null;
	/**
	 * Writes the step into the address: a step the reader chose adds a history entry, so that
	 * Back returns to the one before; reading on by scrolling replaces the current one.
	 */
	write: (index: number, mode: 'push' | 'replace') => void;
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

/**
 * The address with the step in it (`?step=3`); the first step is the default, left out. A hash
 * naming another event's step would open the lesson there instead, so it goes, unless it holds
 * the lesson itself (`keepFragment`, a built lesson's link).
 */
export function addressWithStep(href: string, index: number, keepFragment = false): URL {
	const url = new URL(href);
	if (index === 0) url.searchParams.delete('step');
	else url.searchParams.set('step', String(index + 1));
	if (!keepFragment) url.hash = '';
	return url;
}

/**
 * The step kept in the page's own address: `?step=` beside whatever the hash holds (see
 * addressWithStep). `keepFragment` for a built lesson, whose hash is its link.
 */
export function pageStepAddress(
	history: {
		push: (url: URL) => void;
		replace: (url: URL) => void;
	},
	keepFragment = false
): StepAddress {
	return {
		read: (stepIds) =>
			stepFromAddress(
				{ search: location.search, hash: keepFragment ? '' : location.hash },
				stepIds
			),
		write: (index, mode) => {
			const url = addressWithStep(location.href, index, keepFragment);
			if (url.href !== location.href) history[mode](url);
		}
	};
}
