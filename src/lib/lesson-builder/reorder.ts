/** A list once one entry has moved or gone: the new list, that entry, and its place (from 0). */
export interface ListEdit<T> {
	list: T[];
	entry: T;
	/** Where a moved entry is now; where a removed one was. */
	index: number;
}

/** The list with the entry at `index` moved by `offset` places; null when it cannot move. */
export function moveEntry<T>(
	list: readonly T[],
	index: number,
	offset: number
): ListEdit<T> | null {
	const target = index + offset;
	if (index < 0 || index >= list.length || target < 0 || target >= list.length) return null;
	const copy = [...list];
	const [entry] = copy.splice(index, 1);
	copy.splice(target, 0, entry!);
	return { list: copy, entry: entry!, index: target };
}

/** The list without the entry at `index`; null when there is none. */
export function removeEntry<T>(list: readonly T[], index: number): ListEdit<T> | null {
	if (index < 0 || index >= list.length) return null;
	return { list: list.filter((_, at) => at !== index), entry: list[index]!, index };
}
