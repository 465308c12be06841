/**
 * Paragraphs laid out as the finder reads a text: a blank line between them, each line trimmed
 * and its runs of spaces and tabs made one. A line break inside a paragraph stays, since the
 * finder reads a line that opens with a bullet or a date as an entry of a list. A paragraph with
 * no letter or digit (a rule, a row of stars) is dropped: it can hold no statement.
 */
export function sourceText(paragraphs: readonly string[]): string {
	return paragraphs
		.map((paragraph) =>
			paragraph
				.split('\n')
				.map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
				.filter((line) => line !== '')
				.join('\n')
		)
		.filter((paragraph) => /[\p{L}\p{N}]/u.test(paragraph))
		.join('\n\n');
}

/** A plain text's paragraphs: the blocks between its blank lines. */
export function textParagraphs(text: string): string[] {
	return text.split(/\n[^\S\n]*\n/);
}
