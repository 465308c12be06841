import type { FinderOptions, FinderResult } from './candidate.ts';

/** Proposes the dated statements of a text whose paragraphs are separated by blank lines. */
export function findEvents(text: string, options: FinderOptions = {}): FinderResult {
	void text;
	void options;
	return { candidates: [], unresolved: [] };
}
