import type { z } from 'zod';

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

/** `['quotes', 0, 'text']` → `quotes[0].text`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}

export function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
		message: issue.message
	}));
}
