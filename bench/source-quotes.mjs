/**
 * Cuts a source's paragraphs into sentences and clauses that can be quoted verbatim. It mirrors
 * the two inline features of src/lib/model/markdown.ts (emphasis and backslash escapes), so a
 * quote taken here is found by the build's own quote check.
 */

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const MIN_LENGTH = 30;
const MAX_LENGTH = 240;

/** @param {string} markdown */
function plainText(markdown) {
	return markdown.replace(/\\(.)/g, '$1').replace(/\*/g, '');
}

/**
 * @param {string} content a source file: front matter, then one paragraph per block
 * @returns {string[]} sentences and clauses, each a substring of one paragraph's plain text
 */
export function quotableParts(content) {
	const body = content.replace(FRONT_MATTER, '');
	const paragraphs = body
		.split(/\r?\n\s*\r?\n/)
		.map((block) => plainText(block.replace(/\s*\r?\n\s*/g, ' ').trim()))
		.filter((paragraph) => paragraph.length > 0);
	const parts = new Set();
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
			parts.add(sentence.trim());
			for (const clause of sentence.split(/,\s+|;\s+|\s+—\s+/)) parts.add(clause.trim());
		}
	}
	return [...parts].filter((part) => part.length >= MIN_LENGTH && part.length <= MAX_LENGTH);
}
