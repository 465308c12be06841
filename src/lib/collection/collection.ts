import { ContentError } from './errors.ts';
import { recordsFromFiles, type ContentFiles } from './records.ts';
import { validateCollection } from './validate.ts';
import type { Collection } from '../model/types.ts';

export type { ContentFiles };

/**
 * Reads and validates the files of an events folder; throws one ContentError that lists every
 * problem found. A file that could not be read at all is named once, for that.
 */
export function buildCollection(files: ContentFiles): Collection {
	const { records, problems: unreadable } = recordsFromFiles(files);
	const result = validateCollection(records);
	if (result.ok && unreadable.length === 0) return result.collection;
	const unreadableFiles = new Set(unreadable.map((problem) => problem.file));
	const rest = result.ok ? [] : result.problems.filter(({ file }) => !unreadableFiles.has(file));
	throw new ContentError([...unreadable, ...rest]);
}
