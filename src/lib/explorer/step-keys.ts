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
