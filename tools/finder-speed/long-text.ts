/**
 * A long text made of texts nobody tuned the timings on: the marked passages and the article,
 * taken in turn until the text has the words asked for.
 */
export function longText(texts: readonly string[], words: number): string {
	if (!texts.some((text) => wordCount(text) > 0))
		throw new Error('no texts to make a long text of');
	const parts: string[] = [];
	let count = 0;
	for (let index = 0; count < words; index++) {
		const text = texts[index % texts.length]!;
		parts.push(text);
		count += wordCount(text);
	}
	return parts.join('\n\n');
}

export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
