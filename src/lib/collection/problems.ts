import { buildCollection, type ContentFiles } from './collection.ts';
import { ContentError } from './errors.ts';

/** For tests: the lines of the error a set of content files is rejected with. */
export function problemsOf(content: ContentFiles): string[] {
	try {
		buildCollection(content);
	} catch (error) {
		if (error instanceof ContentError) return error.message.split('\n');
		throw error;
	}
	throw new Error('expected the collection to be rejected');
}
