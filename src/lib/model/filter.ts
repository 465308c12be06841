import type { TimelineEvent } from './types.ts';

export interface EventFilter {
	/** Theme ids to show; null shows every theme. */
	themes: readonly string[] | null;
	/** Free text; empty matches everything. */
	query: string;
}

/** Lower-cased text of everything a reader can search in an event. */
export function searchText(event: TimelineEvent): string {
	return [
		event.title,
		event.description,
		...event.quotes.map((quote) => quote.text),
		...event.actors,
		...event.places
	]
		.join('\n')
		.toLocaleLowerCase('en');
}

/** Splits a query into lower-case words; every word must match somewhere in the event. */
export function queryWords(query: string): string[] {
	return query.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
}

/**
 * Builds a filter over a fixed list. The search text is computed once per event, so typing
 * in the search box only scans strings.
 */
export function createEventFilter(events: readonly TimelineEvent[]) {
	const haystacks = events.map(searchText);
	return function filterEvents({ themes, query }: EventFilter): TimelineEvent[] {
		const wanted = themes === null ? null : new Set(themes);
		const words = queryWords(query);
		const matches: TimelineEvent[] = [];
		for (let index = 0; index < events.length; index++) {
			const event = events[index]!;
			if (wanted && !event.themes.some((theme) => wanted.has(theme))) continue;
			const haystack = haystacks[index]!;
			if (words.some((word) => !haystack.includes(word))) continue;
			matches.push(event);
		}
		return matches;
	};
}

/** How many of the events carry each theme. */
export function countByTheme(events: readonly TimelineEvent[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const event of events) {
		for (const theme of event.themes) counts[theme] = (counts[theme] ?? 0) + 1;
	}
	return counts;
}

export interface TextPart {
	text: string;
	match: boolean;
}

/** Cuts text into parts so that every occurrence of a query word can be wrapped in `<mark>`. */
export function highlightParts(text: string, query: string): TextPart[] {
	const words = queryWords(query);
	if (words.length === 0) return [{ text, match: false }];
	const lower = text.toLocaleLowerCase('en');
	const covered = new Array<boolean>(text.length).fill(false);
	for (const word of words) {
		for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
			covered.fill(true, at, at + word.length);
		}
	}
	const parts: TextPart[] = [];
	for (let index = 0; index < text.length; index++) {
		const last = parts.at(-1);
		if (last && last.match === covered[index]) last.text += text[index];
		else parts.push({ text: text[index]!, match: covered[index]! });
	}
	return parts.length > 0 ? parts : [{ text, match: false }];
}
