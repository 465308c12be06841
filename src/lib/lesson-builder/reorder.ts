/** The list with the entry at `index` moved by `offset` places; the same list when it cannot move. */
export function moved<T>(list: readonly T[], index: number, offset: number): T[] {
	const target = index + offset;
	if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
	const copy = [...list];
	const [entry] = copy.splice(index, 1);
	copy.splice(target, 0, entry!);
	return copy;
}
