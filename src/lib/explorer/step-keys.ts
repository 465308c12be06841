/**
 * `j` and `k` step through the events anywhere on the page, except while typing: the step a
 * key asks for, or null.
 */
export function stepKey(keyEvent: KeyboardEvent): 1 | -1 | null {
	if (keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey) return null;
	const target = keyEvent.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return null;
	if (keyEvent.key === 'j') return 1;
	if (keyEvent.key === 'k') return -1;
	return null;
}

/** Takes the step a key asks for, if any, in place of what the key would do on the page. */
export function stepOnKey(keyEvent: KeyboardEvent, walk: { step(offset: 1 | -1): void }) {
	const offset = stepKey(keyEvent);
	if (!offset) return;
	walk.step(offset);
	keyEvent.preventDefault();
}
