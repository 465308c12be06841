import type { Span } from './sentences.ts';

/** Words just before a date that say it is not exact: "about 2005", "early 2011", "by mid-". */
const HEDGE_BEFORE =
	/\b(?:about|around|circa|c\.|ca\.|approximately|roughly|some ?time in|sometime during|early|late|mid|the (?:end|start|beginning|turn|middle) of)[-\s]+(?:in\s+)?(?:the\s+)?$/i;

export function hedgedBefore(paragraph: string, mention: Span): boolean {
	return HEDGE_BEFORE.test(paragraph.slice(Math.max(0, mention.start - 30), mention.start));
}

/** A clause that speaks of what is still to come. "Would" is left out: it reports the past. */
const FUTURE =
	/\b(?:will|shall|(?:is|are|was|were)\s+(?:due|scheduled|set|expected|planned|slated|to be)|scheduled for|planned for|plans? to|intends? to|upcoming|forthcoming|(?:is|are)\s+to\b)/i;
/** Words after a date that begin what someone said then: "on 23 January they announced that…". */
const REPORTED_AFTER = /\bthat\b|:/i;

/** "said on Friday that the trams will stop": the date belongs to the saying, which is past. */
const REPORTED_BEFORE =
	/\b(?:said|announced|reported|told|stated|declared|confirmed|added|wrote|warned|promised)\s+(?:\w+\s+)?$/i;

/**
 * The clause speaks of what is to come, and the date belongs to that: a future before the date
 * ("will stop in March") or after it ("On Sunday, voters will elect"), but not one inside what
 * was said on the date ("On 23 January 1998 they announced that the browser will be free").
 */
export function speaksOfFuture(clause: string, dateInClause?: Span): boolean {
	if (!dateInClause) return FUTURE.test(clause);
	if (REPORTED_BEFORE.test(clause.slice(0, dateInClause.start))) return false;
	return [...clause.matchAll(new RegExp(FUTURE.source, 'gi'))].some(
		(marker) =>
			marker.index < dateInClause.start ||
			!REPORTED_AFTER.test(clause.slice(dateInClause.end, marker.index))
	);
}

/**
 * News tells a timetable in the present: "training begins in September", "the session opens on 1
 * September". Such a date without a year lies ahead; but the present alone does not make a plan,
 * since histories tell the past in it too.
 */
const TIMETABLE =
	/\b(?:begins|starts|opens|closes|ends|takes place|(?:is|are) held|resumes|reopens|meet|meets|play|plays|face|faces|travels?|arrives?|returns?)\b/i;

export function pointsForward(clause: string, dateInClause?: Span): boolean {
	return speaksOfFuture(clause, dateInClause) || TIMETABLE.test(clause);
}

const LEADING = /^(?:(?:and|but|whereas|which|then|so)\b[\s,]*)+/i;
/** The words that lead into a date and mean nothing without it: "in the", "on", "since". */
const LEAD_IN =
	/(?:\b(?:in|on|at|since|from|by|during|of|until|after|before|for))?\s*(?:\b(?:the|that)\s+)?(?:\b(?:early|late|mid)[-\s]*)?$/i;
const TRAILING =
	/(?:\s+(?:the|a|an|of|in|on|at|to|and|or|but|with|for|by|from|that|which|its|their|his|her|as|while))+$/i;
const TITLE_WORDS = 9;
/** An opening phrase that sets the scene rather than says what happened. */
const SCENE_SETTER =
	/^(?:in|on|at|only|after|before|during|while|although|though|despite|following|when|since|as|for|with|by|over|under|from|then|meanwhile|earlier|later|shortly|soon|eventually|finally|also|however|moreover)$/i;

/**
 * A short title for the teacher to edit: the clause without its date and the words that lead
 * into it, and without a short opening phrase ("Only a few weeks earlier, …"), cut after a few
 * words.
 */
export function proposeTitle(clause: string, dateInClause: Span): string {
	// Only the last words can lead into the date; the rest is kept as it is.
	const lead = Math.max(0, dateInClause.start - 40);
	const before =
		clause.slice(0, lead) + clause.slice(lead, dateInClause.start).replace(LEAD_IN, '');
	let words = `${before} ${clause.slice(dateInClause.end)}`
		.replace(/(?<!\s)\s+([,;:.!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:.–—-]+/, '')
		.replace(LEADING, '')
		.trim()
		.split(' ');
	const opening = words.findIndex((word) => word.endsWith(','));
	const setsScene = SCENE_SETTER.test(words[0] ?? '');
	if (setsScene && opening >= 0 && opening < 6 && words.length - opening > 3) {
		words = words.slice(opening + 1);
	}
	words = words.slice(0, TITLE_WORDS);
	const comma = words.findIndex((word) => word.endsWith(','));
	if (comma >= 2) words = words.slice(0, comma + 1);
	const title = words
		.join(' ')
		.replace(/[\s,;:.!?–—-]+$/, '')
		.replace(TRAILING, '');
	return title.charAt(0).toUpperCase() + title.slice(1);
}
