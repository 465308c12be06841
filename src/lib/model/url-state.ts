import { addDays } from 'date-fns';
import { formatIsoDay, parseIsoDay } from './days.ts';

/** Everything about a view of the explorer that a person would want to share. */
export interface ExplorerState {
	/** Theme ids to show, in themes.yaml order; null shows them all. */
	themes: string[] | null;
	/** Search text. */
	query: string;
	/** The selected event. */
	event: string | null;
	/** The visible window, as whole days; `to` is included. */
	window: { from: string; to: string } | null;
	/** One timeline lane per theme instead of a single lane. */
	lanes: boolean;
	/** A lesson preset: its events, in its order. */
	lesson: string | null;
	/** Which parts an embed shows. */
	view: ExplorerViewMode;
}

export const VIEW_MODES = ['both', 'timeline', 'narrative'] as const;
export type ExplorerViewMode = (typeof VIEW_MODES)[number];

export const DEFAULT_STATE: ExplorerState = {
	themes: null,
	query: '',
	event: null,
	window: null,
	lanes: false,
	lesson: null,
	view: 'both'
};

export interface KnownIds {
	themes: readonly string[];
	events: ReadonlySet<string>;
	lessons?: ReadonlySet<string>;
	/**
	 * The title of the lesson a page shows whatever `?lesson=` says (one made in the lesson
	 * builder, held in its link's fragment): then `?lesson=` names nothing. Default none.
	 */
	shownLessonTitle?: string;
}

export interface ParsedState {
	state: ExplorerState;
	/** Short, readable reasons for every part of the URL that was ignored. */
	notices: string[];
}

export const MAX_QUERY_LENGTH = 200;
const EARLIEST_DAY = '1000-01-01';
const LATEST_DAY = '2999-12-31';

/** The first `length` UTF-16 units of a text, never cutting an emoji's surrogate pair in two. */
function cut(value: string, length: number): string {
	const start = value.slice(0, length);
	return /[\uD800-\uDBFF]$/.test(start) ? start.slice(0, -1) : start;
}

/** Shown back to the reader inside a notice: short, and with control characters removed. */
function quoted(value: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
	return `“${clean.length > 40 ? `${cut(clean, 40)}…` : clean}”`;
}

/** A window day from a link: a real `YYYY-MM-DD` day in the years 1000 to 2999. */
export function parseDay(value: string): Date | null {
	if (value < EARLIEST_DAY || value > LATEST_DAY) return null;
	return parseIsoDay(value);
}

/** The window as instants: from the start of `from` to the end of `to`. */
export function windowRange(window: { from: string; to: string }): { start: Date; end: Date } {
	return { start: parseDay(window.from)!, end: addDays(parseDay(window.to)!, 1) };
}

/** The inverse of windowRange, rounded out to whole days. */
export function windowFromRange(start: Date, end: Date): { from: string; to: string } {
	const lastDay = new Date(end.getTime() - 1);
	return {
		from: formatIsoDay(start),
		to: formatIsoDay(lastDay < start ? start : lastDay)
	};
}

function parseThemes(value: string, known: readonly string[], notices: string[]): string[] | null {
	const requested = value
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const unknown = requested.filter((id) => !known.includes(id));
	if (unknown.length > 0) {
		notices.push(
			`Unknown ${unknown.length === 1 ? 'theme' : 'themes'} ${unknown.slice(0, 3).map(quoted).join(', ')} ignored.`
		);
	}
	const themes = known.filter((id) => requested.includes(id));
	if (requested.length > 0 && themes.length === 0) return null;
	return themes.length === known.length ? null : themes;
}

function parseWindow(
	from: string | null,
	to: string | null,
	notices: string[]
): ExplorerState['window'] {
	if (from === null && to === null) return null;
	const start = from === null ? null : parseDay(from);
	const end = to === null ? null : parseDay(to);
	if (!start || !end) {
		notices.push(
			'The time window in the link was not a pair of real dates (YYYY-MM-DD), so the whole period is shown.'
		);
		return null;
	}
	if (end < start) {
		notices.push('The time window in the link ended before it started, so its dates were swapped.');
		return { from: to!, to: from! };
	}
	return { from: from!, to: to! };
}

/** Reads the shareable state from a query string. Never throws; drops what it cannot use. */
export function parseExplorerState(search: URLSearchParams, known: KnownIds): ParsedState {
	const notices: string[] = [];
	const first = (name: string) => search.get(name);

	const themesValue = first('themes');
	const themes = themesValue === null ? null : parseThemes(themesValue, known.themes, notices);

	let query = (first('q') ?? '').replace(/\s+/g, ' ').trim();
	if (query.length > MAX_QUERY_LENGTH) {
		query = cut(query, MAX_QUERY_LENGTH).trim();
		notices.push(`The search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
	}

	let event = first('event');
	if (event !== null && !known.events.has(event)) {
		notices.push(`There is no event ${quoted(event)}, so nothing is selected.`);
		event = null;
	}

	const window = parseWindow(first('from'), first('to'), notices);

	const lanesValue = first('lanes');
	if (lanesValue !== null && lanesValue !== 'themes' && lanesValue !== 'single') {
		notices.push(`Unknown lane layout ${quoted(lanesValue)} ignored.`);
	}

	let lesson = first('lesson');
	if (lesson !== null && known.shownLessonTitle !== undefined) {
		notices.push(
			`This shows the lesson ${quoted(known.shownLessonTitle)} from its link, so the lesson ${quoted(lesson)} in the address is ignored.`
		);
		lesson = null;
	} else if (lesson !== null && !known.lessons?.has(lesson)) {
		notices.push(`There is no lesson ${quoted(lesson)}, so every event is shown.`);
		lesson = null;
	}

	const viewValue = first('view');
	const view = VIEW_MODES.find((mode) => mode === viewValue) ?? 'both';
	if (viewValue !== null && view !== viewValue) {
		notices.push(`Unknown view ${quoted(viewValue)}; showing the timeline and the story.`);
	}

	return {
		state: { themes, query, event, window, lanes: lanesValue === 'themes', lesson, view },
		notices
	};
}

/** Writes the state as query parameters, leaving out everything at its default. */
export function serialiseExplorerState(state: ExplorerState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.themes !== null) params.set('themes', state.themes.join(','));
	if (state.query) params.set('q', state.query);
	if (state.event) params.set('event', state.event);
	if (state.window) {
		params.set('from', state.window.from);
		params.set('to', state.window.to);
	}
	if (state.lanes) params.set('lanes', 'themes');
	if (state.lesson) params.set('lesson', state.lesson);
	if (state.view !== 'both') params.set('view', state.view);
	return params;
}
