/**
 * Disputed figures: where sources give different numbers for the same thing (a death toll), each
 * is kept beside the others with who gives it and its quote, as the Zhanaozen event's claims
 * table keeps them.
 */
import type { Claim } from '../model/schema.ts';
import type { MadeTimeline } from './made-timeline.ts';
import { updateEvent } from './review.ts';

export type ClaimValue = Claim['values'][number];

/** Adds one source's figure under its subject, starting the subject if it is new. */
export function addClaimValue(
	made: MadeTimeline,
	eventId: string,
	subject: string,
	value: ClaimValue
): MadeTimeline {
	const event = made.events.find((each) => each.id === eventId);
	const name = subject.trim();
	if (!event || !name) return made;
	const known = event.claims.some((claim) => claim.subject === name);
	const claims = known
		? event.claims.map((claim) =>
				claim.subject === name ? { ...claim, values: [...claim.values, value] } : claim
			)
		: [...event.claims, { subject: name, values: [value] }];
	return updateEvent(made, eventId, { claims });
}

/** Takes one figure away; a subject left with none goes too. */
export function removeClaimValue(
	made: MadeTimeline,
	eventId: string,
	subject: string,
	index: number
): MadeTimeline {
	const event = made.events.find((each) => each.id === eventId);
	if (!event) return made;
	const claims = event.claims
		.map((claim) =>
			claim.subject === subject
				? { ...claim, values: claim.values.filter((_, at) => at !== index) }
				: claim
		)
		.filter((claim) => claim.values.length > 0);
	return updateEvent(made, eventId, { claims });
}

/** The number a figure's words give, where they are one ("17", "1,200"): a chart can draw it. */
export function figureNumber(words: string): number | undefined {
	const match = /^\D*?(\d[\d,]*(?:\.\d+)?)\D*$/.exec(words.trim());
	if (!match) return undefined;
	const number = Number(match[1]!.replace(/,/g, ''));
	return Number.isFinite(number) ? number : undefined;
}
