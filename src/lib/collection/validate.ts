import { resolveCharts } from './charts.ts';
import { schemaProblems, type ContentProblem } from './errors.ts';
import { checkLesson, lessonFromRecord, sortLessons } from './lessons.ts';
import { quoteFinder } from './quotes.ts';
import type { RawCollection, RawRecord } from './records.ts';
import { resolveEvent, type ParsedEvent, type ResolveContext } from './resolve-event.ts';
import { isId } from '../model/ids.ts';
import { parseInline, splitParagraphs } from '../model/markdown.ts';
import { eventExtent } from '../model/precision.ts';
import {
	CollectionSettingsSchema,
	type CollectionSettings
} from '../model/collection-settings-schema.ts';
import {
	EventSchema,
	EventWithoutQuotesSchema,
	SourceSchema,
	ThemeListSchema,
	type Theme
} from '../model/schema.ts';
import type { Collection, Source, TimelineEvent } from '../model/types.ts';

export type CollectionResult =
	{ ok: true; collection: Collection } | { ok: false; problems: ContentProblem[] };

function readSettings(raw: RawCollection, problems: ContentProblem[]): CollectionSettings | null {
	if (!raw.settings) {
		problems.push({ file: `${raw.name}/collection.yaml`, message: 'is missing' });
		return null;
	}
	const result = CollectionSettingsSchema.safeParse(raw.settings.data);
	if (result.success) return result.data;
	problems.push(...schemaProblems(raw.settings.name, result.error));
	return null;
}

function readThemes(raw: RawCollection, problems: ContentProblem[]): Theme[] {
	if (!raw.themes) {
		problems.push({ file: `${raw.name}/themes.yaml`, message: 'is missing' });
		return [];
	}
	const file = raw.themes.name;
	const result = ThemeListSchema.safeParse(raw.themes.data);
	if (!result.success) {
		problems.push(...schemaProblems(file, result.error));
		return [];
	}
	const seen = new Set<string>();
	result.data.forEach((theme, index) => {
		if (seen.has(theme.id))
			problems.push({ file, field: `[${index}].id`, message: `"${theme.id}" is used twice` });
		seen.add(theme.id);
	});
	return result.data;
}

/** The id a record's name gives it must be the one its own `id` field says. */
function checkNamedId(record: RawRecord, id: string, problems: ContentProblem[]) {
	if (record.id !== undefined && id !== record.id)
		problems.push({
			file: record.name,
			field: 'id',
			message: `must equal the file name "${record.id}"`
		});
}

/**
 * The sources, and the texts quotes are checked against. A source whose details are wrong (no
 * author, say) is still read for its text, so that its quotes are checked rather than each
 * reported as pointing at a source that does not exist.
 */
function readSources(
	raw: RawCollection,
	problems: ContentProblem[]
): { sources: Source[]; texts: Source[] } {
	const sources: Source[] = [];
	const texts: Source[] = [];
	for (const record of raw.sources) {
		const paragraphs = splitParagraphs(record.body ?? '').map(parseInline);
		const result = SourceSchema.safeParse(record.data);
		if (!result.success) {
			problems.push(...schemaProblems(record.name, result.error));
			const id = (record.data as { id?: unknown } | undefined)?.id;
			if (isId(id)) texts.push({ ...(record.data as Source), id, paragraphs });
			continue;
		}
		checkNamedId(record, result.data.id, problems);
		sources.push({ ...result.data, paragraphs });
		texts.push(sources.at(-1)!);
	}
	return { sources, texts };
}

function readEvents(
	raw: RawCollection,
	rules: { quotesRequired: boolean; descriptionsRequired: boolean },
	problems: ContentProblem[]
): ParsedEvent[] {
	const schema = rules.quotesRequired ? EventSchema : EventWithoutQuotesSchema;
	const parsed: ParsedEvent[] = [];
	const firstFileById = new Map<string, string>();
	for (const record of raw.events) {
		const file = record.name;
		const result = schema.safeParse(record.data);
		if (!result.success) {
			problems.push(...schemaProblems(file, result.error));
			continue;
		}
		const event = result.data;
		checkNamedId(record, event.id, problems);
		const earlier = firstFileById.get(event.id);
		if (earlier) {
			problems.push({ file, field: 'id', message: `"${event.id}" is already used by ${earlier}` });
		} else {
			firstFileById.set(event.id, file);
		}
		const description = (record.body ?? '').trim();
		if (description.length === 0 && rules.descriptionsRequired) {
			problems.push({ file, message: 'needs a short description below the front matter' });
		}
		parsed.push({ file, record: event, description });
	}
	if (raw.events.length === 0)
		problems.push({ file: `${raw.name}/`, message: 'holds no event files (*.md)' });
	return parsed;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	const extentA = eventExtent(a.date);
	const extentB = eventExtent(b.date);
	return (
		extentA.start.getTime() - extentB.start.getTime() ||
		extentA.end.getTime() - extentB.end.getTime() ||
		a.id.localeCompare(b.id)
	);
}

/**
 * Turns the raw records of a collection into a validated collection, or into every problem
 * found, each naming its record and field. The build runs it on `events/`; the browser runs it
 * on a collection a reader makes or opens, so that theirs is held to the same rules.
 */
export function validateCollection(raw: RawCollection): CollectionResult {
	const problems: ContentProblem[] = [];
	const settings = readSettings(raw, problems);
	const themes = readThemes(raw, problems);
	const { sources, texts } = readSources(raw, problems);
	const parsed = readEvents(
		raw,
		{
			quotesRequired: settings?.quotesRequired ?? true,
			descriptionsRequired: settings?.descriptionsRequired ?? true
		},
		problems
	);

	const finders = new Map(
		texts.map((source) => [
			source.id,
			quoteFinder(source.paragraphs.map((paragraph) => paragraph.plain))
		])
	);
	const context: ResolveContext = {
		themeIds: new Set(themes.map((theme) => theme.id)),
		eventIds: new Set(parsed.map((event) => event.record.id)),
		sources: new Map(texts.map((source) => [source.id, source])),
		findQuote: (source, text) => finders.get(source.id)!(text)
	};
	const resolved = parsed.map((event) => resolveEvent(event, context, problems));
	// Charts may draw another event's figures, so they are resolved once every figure is.
	const chartContext = {
		figuresByEvent: new Map(resolved.map((event) => [event.id, event.figures])),
		chartFiles: new Map<string, string>()
	};
	const events = resolved.map((event, index) => ({
		...event,
		charts: resolveCharts(
			{ ...event, file: parsed[index]!.file, charts: parsed[index]!.record.charts },
			chartContext,
			problems
		)
	}));

	const lessons = raw.lessons.flatMap((record) => {
		const lesson = lessonFromRecord(record, problems);
		return lesson ? [{ file: record.name, lesson }] : [];
	});
	const lessonContext = {
		themeIds: context.themeIds,
		eventThemes: new Map(parsed.map(({ record }) => [record.id, record.themes]))
	};
	for (const lesson of lessons) checkLesson(lesson, lessonContext, problems);

	if (problems.length > 0 || !settings) return { ok: false, problems };
	const eventDates = new Map(events.map((event) => [event.id, event.date]));
	return {
		ok: true,
		collection: {
			settings,
			themes,
			sources,
			events: events.sort(compareEvents),
			lessons: sortLessons(
				lessons.map(({ lesson }) => lesson),
				eventDates
			)
		}
	};
}
