import type { z } from 'zod';
import { fieldPath } from '../model/field-path.ts';

/** One problem in one content file, named by file and field so an editor can go straight to it. */
export interface ContentProblem {
	file: string;
	field?: string;
	message: string;
}

export function describeProblem({ file, field, message }: ContentProblem): string {
	return field ? `${file}: ${field} ${message}` : `${file}: ${message}`;
}

/** Thrown when content cannot be built; its message lists every problem, one per line. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		super(problems.map(describeProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export { fieldPath };

export function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
		message: issue.message
	}));
}
