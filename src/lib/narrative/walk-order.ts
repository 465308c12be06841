/** The entry `offset` steps from `fromId` in `order`, or the first or last one; null for none. */
export function stepFrom<Entry extends { id: string }>(
	order: readonly Entry[],
	fromId: string | null,
	offset: 1 | -1
): Entry | null {
	if (order.length === 0) return null;
	const index = fromId === null ? -1 : order.findIndex((entry) => entry.id === fromId);
	if (index === -1) return offset === 1 ? order[0]! : order.at(-1)!;
	return order[Math.min(order.length - 1, Math.max(0, index + offset))]!;
}
