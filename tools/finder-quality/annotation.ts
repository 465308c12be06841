import { z } from 'zod';
import { parseIsoDay } from '../../src/lib/model/days.ts';
import { EventDateSchema } from '../../src/lib/model/schema.ts';

/**
 * A date in the notation of events/*.md. Kept as written, because the score compares it with the
 * finder's; EventDateSchema only checks it, reading each part with parsePartialDate.
 */
const AnnotatedDateSchema = z.unknown().check((context) => {
	const parsed = EventDateSchema.safeParse(context.value);
	if (parsed.success) return;
	for (const issue of parsed.error.issues) {
		context.issues.push({
			code: 'custom',
			message: issue.message,
			input: context.value,
			path: issue.path
		});
	}
});

export const StatementSchema = z.strictObject({
	/** 1-based, after splitting the text at blank lines. */
	paragraph: z.int().positive(),
	/** Verbatim from the paragraph: the sentence or clause that carries the date. */
	quote: z.string().min(1),
	/** Offset of the quote in its paragraph, needed only when the quote occurs there twice. */
	start: z.int().nonnegative().optional(),
	date: AnnotatedDateSchema,
	approximate: z.boolean().optional(),
	status: z.enum(['happened', 'planned']).optional(),
	yearInferred: z.boolean().optional()
});

export const AnnotationSchema = z.strictObject({
	title: z.string().min(1),
	/** One line on the kind of text, e.g. "a chronology with day-first dates". */
	style: z.string().min(1),
	published: z
		.string()
		.refine((day) => parseIsoDay(day) !== null, 'must be a real day written YYYY-MM-DD')
		.optional(),
	/** Where the text is when it is not NAME.txt beside the annotation, relative to it. */
	text: z.string().min(1).optional(),
	statements: z.array(StatementSchema)
});

export type Statement = z.infer<typeof StatementSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
