import { parse } from 'yaml';
import { resolveCharts } from './charts.ts';
import { ContentError, schemaProblems, type ContentProblem } from './errors.ts';
import { fileStem } from './file-names.ts';
import { readFrontMatter } from './frontmatter.ts';
import { checkLesson, readLessons, sortLessons } from './lessons.ts';
import { parseInline, splitParagraphs } from '../model/markdown.ts';
import { eventExtent } from '../model/precision.ts';
import { quoteFinder, type QuoteLocation } from './quotes.ts';
import {
	EventSchema,
	SourceSchema,
	ThemeListSchema,
	type EventRecord,
	type Quote,
	type Theme
} from '../model/schema.ts';
import type { Collection, ResolvedQuote, Source, TimelineEvent } from '../model/types.ts';

/** Raw files keyed by the path shown in error messages, e.g. `events/zhanaozen.md`. */
export interface ContentFiles {
	/** The folder as messages name it, e.g. `events`. Default `events`. */
	dir?: string;
	themes: { file: string; content: string } | null;
	sources: Record<string, string>;
	events: Record<string, string>;
	/** Lesson presets, `events/lessons/<id>.yaml`; absent when a folder has none. */
	lessons?: Record<string, string>;
}

function readThemes(files: ContentFiles, problems: ContentProblem[]): Theme[] {
	if (!files.themes) {
		problems.push({ file: `${files.dir ?? 'events'}/themes.yaml`, message: 'is missing' });
		return [];
	}
	const { file, content } = files.themes;
	let data: unknown;
	try {
		data = parse(content);
	} catch (error) {
		problems.push({ file, message: `is not valid YAML: ${(error as Error).message}` });
		return [];
	}
	const result = ThemeListSchema.safeParse(data);
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

function readSources(files: ContentFiles, problems: ContentProblem[]): Source[] {
	const sources: Source[] = [];
	for (const [file, content] of Object.entries(files.sources)) {
		try {
			const { data, body } = readFrontMatter(content);
			const result = SourceSchema.safeParse(data);
			if (!result.success) {
				problems.push(...schemaProblems(file, result.error));
				continue;
			}
			if (result.data.id !== fileStem(file)) {
				problems.push({
					file,
					field: 'id',
					message: `must equal the file name "${fileStem(file)}"`
				});
			}
			sources.push({ ...result.data, paragraphs: splitParagraphs(body).map(parseInline) });
		} catch (error) {
			problems.push({ file, message: (error as Error).message });
		}
	}
	return sources;
}

interface ParsedEvent {
	file: string;
	record: EventRecord;
	description: string;
}

function readEvents(files: ContentFiles, problems: ContentProblem[]): ParsedEvent[] {
	const parsed: ParsedEvent[] = [];
	const firstFileById = new Map<string, string>();
	for (const [file, content] of Object.entries(files.events)) {
		let frontMatter;
		try {
			frontMatter = readFrontMatter(content);
		} catch (error) {
			problems.push({ file, message: (error as Error).message });
			continue;
		}
		const result = EventSchema.safeParse(frontMatter.data);
		if (!result.success) {
			problems.push(...schemaProblems(file, result.error));
			continue;
		}
		const record = result.data;
		if (record.id !== fileStem(file)) {
			problems.push({ file, field: 'id', message: `must equal the file name "${fileStem(file)}"` });
		}
		const earlier = firstFileById.get(record.id);
		if (earlier) {
			problems.push({ file, field: 'id', message: `"${record.id}" is already used by ${earlier}` });
		} else {
			firstFileById.set(record.id, file);
		}
		if (frontMatter.body.length === 0) {
			problems.push({ file, message: 'needs a short description below the front matter' });
		}
		parsed.push({ file, record, description: frontMatter.body });
	}
	return parsed;
}

interface ResolveContext {
	themeIds: Set<string>;
	eventIds: Set<string>;
	sources: Map<string, Source>;
	findQuote: (source: Source, text: string) => QuoteLocation | null;
}

function resolveEvent(
	{ file, record, description }: ParsedEvent,
	context: ResolveContext,
	problems: ContentProblem[]
): Omit<TimelineEvent, 'charts'> {
	const resolveQuote = (quote: Quote, field: string): ResolvedQuote => {
		const source = context.sources.get(quote.source);
		if (!source) {
			problems.push({
				file,
				field: `${field}.source`,
				message: `"${quote.source}" is not a known source`
			});
			return { ...quote, paragraph: 0, start: 0, end: 0 };
		}
		const location = context.findQuote(source, quote.text);
		if (!location) {
			problems.push({
				file,
				field: `${field}.text`,
				message: `is not in source "${quote.source}"`
			});
			return { ...quote, paragraph: 0, start: 0, end: 0 };
		}
		return { ...quote, ...location };
	};

	record.themes.forEach((theme, index) => {
		if (!context.themeIds.has(theme))
			problems.push({
				file,
				field: `themes[${index}]`,
				message: `"${theme}" is not a known theme`
			});
	});
	record.related.forEach((related, index) => {
		if (!context.eventIds.has(related) || related === record.id)
			problems.push({
				file,
				field: `related[${index}]`,
				message: `"${related}" is not another event`
			});
	});

	const { charts, ...fields } = record;
	return {
		...fields,
		description,
		quotes: record.quotes.map((quote, index) => resolveQuote(quote, `quotes[${index}]`)),
		figures: record.figures.map((figure, index) => ({
			...figure,
			quote: resolveQuote(figure.quote, `figures[${index}].quote`)
		})),
		claims: record.claims.map((claim, claimIndex) => ({
			...claim,
			values: claim.values.map((value, valueIndex) => ({
				...value,
				quote: resolveQuote(value.quote, `claims[${claimIndex}].values[${valueIndex}].quote`)
			}))
		}))
	};
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

/** Parses and validates every file; throws one ContentError that lists every problem found. */
export function buildCollection(files: ContentFiles): Collection {
	const problems: ContentProblem[] = [];
	const themes = readThemes(files, problems);
	const sources = readSources(files, problems);
	const parsed = readEvents(files, problems);
	if (Object.keys(files.events).length === 0) {
		problems.push({ file: `${files.dir ?? 'events'}/`, message: 'holds no event files (*.md)' });
	}

	const finders = new Map(
		sources.map((source) => [
			source.id,
			quoteFinder(source.paragraphs.map((paragraph) => paragraph.plain))
		])
	);
	const context: ResolveContext = {
		themeIds: new Set(themes.map((theme) => theme.id)),
		eventIds: new Set(parsed.map((event) => event.record.id)),
		sources: new Map(sources.map((source) => [source.id, source])),
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

	const lessons = readLessons(files.lessons ?? {}, problems);
	const lessonContext = {
		themeIds: context.themeIds,
		eventThemes: new Map(parsed.map(({ record }) => [record.id, record.themes]))
	};
	for (const lesson of lessons) checkLesson(lesson, lessonContext, problems);

	if (problems.length > 0) throw new ContentError(problems);
	const eventDates = new Map(events.map((event) => [event.id, event.date]));
	return {
		themes,
		sources,
		events: events.sort(compareEvents),
		lessons: sortLessons(
			lessons.map(({ lesson }) => lesson),
			eventDates
		)
	};
}
