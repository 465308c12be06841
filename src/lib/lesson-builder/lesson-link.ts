// Relative imports: the browser tests (e2e/built-lesson.ts) load this module in Node, without $lib.
import { decodeLink, encodeLink, type EncodedLink, type LinkError } from '../links/link-codec.ts';
import type { LessonDraft } from './lesson-draft.ts';
import { readDraft, type FieldProblem } from './read-draft.ts';

const LESSON = { thing: 'lesson' };

export interface DecodedLink {
	/** The lesson, or as much of it as could be read; null when nothing could. */
	lesson: LessonDraft | null;
	/** Set when the link itself is damaged, changed, too large or from a later version. */
	error: LinkError | null;
	/** Fields that were dropped or cut. */
	problems: FieldProblem[];
}

/** The lesson as the JSON a link carries: steps without an empty prompt, defaults left out. */
function payload(lesson: LessonDraft): unknown {
	const { level, minutes, objectives, teacherNotes } = lesson.details;
	const details = {
		...(level ? { level } : {}),
		...(minutes !== null ? { minutes } : {}),
		...(objectives.length > 0 ? { objectives } : {}),
		...(teacherNotes ? { teacherNotes } : {})
	};
	return {
		title: lesson.title,
		introduction: lesson.introduction,
		steps: lesson.steps.map(({ event, prompt }) => (prompt ? { event, prompt } : { event })),
		questions: lesson.questions,
		...(lesson.themes ? { themes: lesson.themes } : {}),
		...(lesson.window ? { window: lesson.window } : {}),
		...(Object.keys(details).length > 0 ? { details } : {})
	};
}

export function encodeLessonLink(lesson: LessonDraft): Promise<EncodedLink> {
	return encodeLink(payload(lesson), LESSON);
}

/** Reads a lesson link's fragment (with or without its `#`). Never throws. */
export async function decodeLessonLink(fragment: string): Promise<DecodedLink> {
	const decoded = await decodeLink(fragment, LESSON);
	if (!decoded.ok) return { lesson: null, error: decoded.error, problems: [] };
	const read = readDraft(decoded.data);
	if (!read)
		return {
			lesson: null,
			error: { kind: 'corrupt', message: 'This lesson link holds no lesson.' },
			problems: []
		};
	return {
		lesson: read.draft,
		problems: read.problems,
		error: decoded.changed
			? {
					kind: 'tampered',
					message:
						'This lesson link has been changed since it was made. What could be read is shown; check it before you use it.'
				}
			: null
	};
}
