/** `['quotes', 0, 'text']` → `quotes[0].text`: a field named as an editor would look for it. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}
