/**
 * What a teacher does to a timeline while reviewing it. Each change takes the timeline and
 * returns a new one, leaving the old untouched, so that undo is keeping the old one.
 */
import type { Candidate } from '../finder/candidate.ts';
import { idFromTitle } from '../model/ids.ts';
import type { MadeEvent, MadeQuote, MadeTimeline, ReviewCandidate } from './made-timeline.ts';
import { PALETTE } from './palette.ts';

/**
 * The same statement found again keeps its key: its source, paragraph, offsets and date (one
 * sentence may hold two dates: "from 1990 to 1995, then 2000 to 2005").
 */
export function candidateKey(source: string, found: Candidate): string {
	const date =
		typeof found.date === 'string' ? found.date : `${found.date.start}/${found.date.end}`;
	return `${source}:${found.paragraph}:${found.start}-${found.end}:${date}`;
}

/** An id made from a title in any script, never one already taken. */
export function uniqueId(title: string, taken: Iterable<string>, fallback = 'event'): string {
	const used = new Set(taken);
	const base = idFromTitle(title, fallback);
	if (!used.has(base)) return base;
	let count = 2;
	while (used.has(`${base}-${count}`)) count++;
	return `${base}-${count}`;
}

/**
 * The finder's latest reading of one source. What the teacher accepted or rejected stays as it
 * is; of the rest, only what the finder still finds is kept, and what is new is added.
 */
export function withFound(made: MadeTimeline, source: string, found: Candidate[]): MadeTimeline {
	const decided = made.candidates.filter(
		(candidate) => candidate.source !== source || candidate.state !== 'open'
	);
	const known = new Set(decided.map((candidate) => candidate.key));
	const fresh: ReviewCandidate[] = [];
	for (const candidate of found) {
		const key = candidateKey(source, candidate);
		if (known.has(key)) continue;
		known.add(key);
		fresh.push({ key, source, found: candidate, state: 'open' });
	}
	return { ...made, candidates: [...decided, ...fresh] };
}

function eventFrom(made: MadeTimeline, candidate: ReviewCandidate, taken: string[]): MadeEvent {
	const { found, source } = candidate;
	return {
		id: uniqueId(found.title, taken),
		title: found.title,
		description: '',
		date: found.date,
		approximate: found.approximate,
		status: found.status,
		themes: made.themes.slice(0, 1).map((theme) => theme.id),
		actors: found.people,
		places: found.places,
		quotes: [{ source, text: found.quote }],
		claims: []
	};
}

/** Accepts the open candidates among `keys`, each becoming an event. */
export function accept(made: MadeTimeline, keys: Iterable<string>): MadeTimeline {
	const wanted = new Set(keys);
	const taken = made.events.map((event) => event.id);
	const events = [...made.events];
	const candidates = made.candidates.map((candidate) => {
		if (!wanted.has(candidate.key) || candidate.state !== 'open') return candidate;
		const event = eventFrom(made, candidate, taken);
		taken.push(event.id);
		events.push(event);
		return { ...candidate, state: 'accepted' as const, event: event.id };
	});
	return { ...made, events, candidates };
}

export function acceptAll(made: MadeTimeline): MadeTimeline {
	const open = made.candidates.filter((candidate) => candidate.state === 'open');
	return accept(
		made,
		open.map((candidate) => candidate.key)
	);
}

/** Rejects a candidate; one already accepted loses its event too. */
export function reject(made: MadeTimeline, key: string): MadeTimeline {
	const candidate = made.candidates.find((each) => each.key === key);
	if (!candidate || candidate.state === 'rejected') return made;
	const events = candidate.event ? removeEvent(made, candidate.event).events : made.events;
	return {
		...made,
		events,
		candidates: made.candidates.map((each) =>
			each.key === key ? { ...each, state: 'rejected' as const, event: undefined } : each
		)
	};
}

/** Takes back a rejection: the candidate is open again. */
export function reopen(made: MadeTimeline, key: string): MadeTimeline {
	return {
		...made,
		candidates: made.candidates.map((each) =>
			each.key === key && each.state === 'rejected' ? { ...each, state: 'open' as const } : each
		)
	};
}

export function updateEvent(
	made: MadeTimeline,
	id: string,
	fields: Partial<Omit<MadeEvent, 'id'>>
): MadeTimeline {
	// A display date kept from TimelineJS describes the date it came with: once the date, or
	// whether it is approximate or planned, is changed, it would contradict the event.
	const redated = 'date' in fields || 'approximate' in fields || 'status' in fields;
	return {
		...made,
		events: made.events.map((event) => {
			if (event.id !== id) return event;
			const changed = { ...event, ...fields };
			if (redated && !('displayDate' in fields)) delete changed.displayDate;
			return changed;
		})
	};
}

export function removeEvent(made: MadeTimeline, id: string): MadeTimeline {
	return {
		...made,
		events: made.events.filter((event) => event.id !== id),
		candidates: made.candidates.map((candidate) =>
			candidate.event === id
				? { ...candidate, state: 'rejected' as const, event: undefined }
				: candidate
		)
	};
}

const union = <T>(first: T[], second: T[], same: (a: T, b: T) => boolean) => [
	...first,
	...second.filter((item) => !first.some((kept) => same(kept, item)))
];
const sameQuote = (a: MadeQuote, b: MadeQuote) => a.source === b.source && a.text === b.text;

/** Two events' disputed figures as one list: one subject each, its values from both. */
function mergeClaims(first: MadeEvent['claims'], second: MadeEvent['claims']) {
	const merged = first.map((claim) => ({ ...claim, values: [...claim.values] }));
	for (const claim of second) {
		const same = merged.find((kept) => kept.subject === claim.subject);
		if (same) same.values.push(...claim.values);
		else merged.push(claim);
	}
	return merged;
}

/** Folds `other` into `kept`: one event with the quotes, people, places and themes of both. */
export function mergeEvents(made: MadeTimeline, kept: string, other: string): MadeTimeline {
	const first = made.events.find((event) => event.id === kept);
	const second = made.events.find((event) => event.id === other);
	if (!first || !second || kept === other) return made;
	const merged: MadeEvent = {
		...first,
		description: [first.description, second.description].filter(Boolean).join('\n\n'),
		themes: union(first.themes, second.themes, Object.is),
		actors: union(first.actors, second.actors, Object.is),
		places: union(first.places, second.places, Object.is),
		quotes: union(first.quotes, second.quotes, sameQuote),
		claims: mergeClaims(first.claims, second.claims)
	};
	return {
		...made,
		events: made.events
			.filter((event) => event.id !== other)
			.map((event) => (event.id === kept ? merged : event)),
		candidates: made.candidates.map((candidate) =>
			candidate.event === other ? { ...candidate, event: kept } : candidate
		)
	};
}

/** Moves one of an event's quotes into an event of its own, with the same date and themes. */
export function splitQuote(made: MadeTimeline, id: string, quoteIndex: number): MadeTimeline {
	const event = made.events.find((each) => each.id === id);
	const quote = event?.quotes[quoteIndex];
	if (!event || !quote || event.quotes.length < 2) return made;
	const title = `${event.title} (${quoteIndex + 1})`;
	const split: MadeEvent = {
		...event,
		id: uniqueId(
			title,
			made.events.map((each) => each.id)
		),
		title,
		description: '',
		quotes: [quote],
		claims: []
	};
	const rest = { ...event, quotes: event.quotes.filter((_, index) => index !== quoteIndex) };
	const at = made.events.indexOf(event);
	return {
		...made,
		events: [...made.events.slice(0, at), rest, split, ...made.events.slice(at + 1)]
	};
}

export function addQuote(made: MadeTimeline, id: string, quote: MadeQuote): MadeTimeline {
	const event = made.events.find((each) => each.id === id);
	if (!event || event.quotes.some((each) => sameQuote(each, quote))) return made;
	return updateEvent(made, id, { quotes: [...event.quotes, quote] });
}

/** A new event the teacher starts by hand, from a passage of a source or from nothing. */
export function addEvent(
	made: MadeTimeline,
	fields: Pick<MadeEvent, 'title' | 'date'> & Partial<MadeEvent>
): { made: MadeTimeline; id: string } {
	// An id the fields bring (a TimelineJS slide's unique_id) is kept where it is free.
	const id = uniqueId(
		fields.id ?? fields.title,
		made.events.map((event) => event.id)
	);
	const event: MadeEvent = {
		description: '',
		approximate: false,
		status: 'happened',
		themes: made.themes.slice(0, 1).map((theme) => theme.id),
		actors: [],
		places: [],
		quotes: [],
		claims: [],
		...fields,
		id
	};
	return { made: { ...made, events: [...made.events, event] }, id };
}

/** A new theme, in the next colour of the palette that no theme has yet. */
export function addTheme(made: MadeTimeline, label: string): { made: MadeTimeline; id: string } {
	const id = uniqueId(
		label,
		made.themes.map((theme) => theme.id),
		'theme'
	);
	const used = new Set(made.themes.map((theme) => theme.colour));
	const colour =
		PALETTE.find((each) => !used.has(each.colour)) ?? PALETTE[made.themes.length % PALETTE.length]!;
	const theme = {
		id,
		label: label.trim(),
		colour: colour.colour,
		colourDark: colour.colourDark,
		description: label.trim()
	};
	return { made: { ...made, themes: [...made.themes, theme] }, id };
}
