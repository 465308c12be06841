import type { ParsePage } from '../documents/page-text.ts';
import { NO_SOURCE_QUOTE } from '../model/no-source-quote.ts';
import { parsePartialDate, partialDateExtent } from '../model/precision.ts';
import { csvSlides } from './csv-slides.ts';
import { slideDate } from './slide-date.ts';
import { webAddress } from '../documents/details.ts';
import { slideText, type SlideLink, type SlideQuotation } from './slide-text.ts';
import {
	TimelineJsSchema,
	type TimelineJsDocument,
	type TimelineJsSlide
} from './timelinejs-schema.ts';

/** The largest TimelineJS file read; the template's samples are under 30 kB. */
export const MAX_TIMELINEJS_BYTES = 2 * 1024 * 1024;

export type SlideDate = string | { start: string; end: string };

/** A slide's media: a web address with its credit and caption, as text. */
export interface SlideMedia {
	url: string;
	credit: string;
	caption: string;
}

export interface ImportedSlide {
	/** TimelineJS's `unique_id`, where it has one. */
	uniqueId: string | null;
	headline: string;
	/** The slide's text, as text, block by block. */
	paragraphs: string[];
	links: SlideLink[];
	/** Its blockquotes: quotes that may be found again in a source the teacher gives. */
	quotations: SlideQuotation[];
	date: SlideDate;
	/** How TimelineJS showed the date ("c. 1943", "Spring 2011"), kept as written. */
	displayDate: string | null;
	group: string | null;
	media: SlideMedia | null;
}

export interface ImportedEra {
	headline: string;
	date: SlideDate;
}

export interface ImportedTimeline {
	title: string;
	introduction: string[];
	slides: ImportedSlide[];
	eras: ImportedEra[];
}

export type ImportResult =
	{ ok: true; timeline: ImportedTimeline; problems: string[] } | { ok: false; message: string };

/**
 * A TimelineJS timeline, from its JSON or from its spreadsheet as CSV. A slide that cannot be
 * read (a date that is not one) is left out, and each such is named in `problems`; the rest come
 * in. Its HTML is read as text only.
 */
export function readTimelineJs(
	content: string,
	kind: 'json' | 'csv',
	parse: ParsePage
): ImportResult {
	let document: TimelineJsDocument;
	let where: (slide: TimelineJsSlide, index: number, list: 'events' | 'eras') => string;
	let sheetProblems: string[] = [];
	if (kind === 'csv') {
		const read = csvSlides(content);
		if (!read.ok) return { ok: false, message: read.error };
		const { sheet } = read;
		document = sheet;
		sheetProblems = read.problems;
		where = (slide) => `Row ${sheet.rows.get(slide)}`;
	} else {
		const read = readJson(content);
		if ('error' in read) return { ok: false, message: read.error };
		document = read.document;
		where = (_slide, index, list) => `${list}[${index}]`;
	}
	const problems: string[] = [...sheetProblems];
	const named = (slide: TimelineJsSlide, index: number, list: 'events' | 'eras') => {
		const headline = slide.text?.headline ? ` (“${text(slide.text.headline, parse)}”)` : '';
		return `${where(slide, index, list)}${headline}`;
	};
	const slides: ImportedSlide[] = [];
	document.events.forEach((slide, index) => {
		const date = datesOf(slide, (problem) =>
			problems.push(`${named(slide, index, 'events')}: ${problem}`)
		);
		if (date) slides.push(importSlide(slide, date, parse));
	});
	const eras: ImportedEra[] = [];
	(document.eras ?? []).forEach((era, index) => {
		const date = datesOf(era, (problem) =>
			problems.push(`${named(era, index, 'eras')}: ${problem}`)
		);
		if (date) eras.push({ headline: text(era.text?.headline ?? '', parse) || 'Era', date });
	});
	const title = document.title;
	return {
		ok: true,
		problems,
		timeline: {
			title: text(title?.text?.headline ?? '', parse),
			introduction: title?.text?.text ? slideText(title.text.text, parse).paragraphs : [],
			slides,
			eras
		}
	};
}

function readJson(content: string): { document: TimelineJsDocument } | { error: string } {
	let data: unknown;
	try {
		data = JSON.parse(content);
	} catch {
		return {
			error: 'This file is not JSON that can be read: it may be damaged, or another kind of file.'
		};
	}
	const read = TimelineJsSchema.safeParse(data);
	if (read.success) return { document: read.data };
	const events = (data as { events?: unknown } | null)?.events;
	if (!Array.isArray(events))
		return {
			error: 'This JSON is not a TimelineJS timeline: it has no list of events (“events”).'
		};
	const issue = read.error.issues[0]!;
	const path = issue.path
		.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
		.join('')
		.replace(/^\./, '');
	return {
		error: `This TimelineJS file has a field of the wrong kind at ${path}: ${issue.message}.`
	};
}

/** A slide's date, a span when it has an end after its start; each problem is told. */
function datesOf(slide: TimelineJsSlide, problem: (words: string) => void): SlideDate | null {
	const start = slideDate(slide.start_date);
	if (start === null) {
		problem('it has no start date, so it was left out');
		return null;
	}
	if ('error' in start) {
		problem(`its start date cannot be used, so it was left out: ${start.error}`);
		return null;
	}
	const end = slideDate(slide.end_date);
	if (end === null) return start.date;
	if ('error' in end) {
		problem(`its end date cannot be used and was left out: ${end.error}`);
		return start.date;
	}
	// The schema's own rule for a span: it may not start before its start.
	if (startOf(end.date) < startOf(start.date)) {
		problem(
			`its end (${end.date}) starts before its start (${start.date}), so the end was left out`
		);
		return start.date;
	}
	return end.date === start.date ? start.date : { start: start.date, end: end.date };
}

/** When a date the slide reader wrote (always one `parsePartialDate` reads) begins. */
function startOf(date: string): number {
	const parsed = parsePartialDate(date);
	if ('error' in parsed) throw new Error(`slideDate wrote "${date}": ${parsed.error}`);
	return partialDateExtent(parsed).start.getTime();
}

function text(html: string, parse: ParsePage): string {
	return slideText(html, parse).paragraphs.join(' ');
}

function importSlide(slide: TimelineJsSlide, date: SlideDate, parse: ParsePage): ImportedSlide {
	const body = slideText(slide.text?.text ?? '', parse);
	const media = slide.media ?? {};
	const url = webAddress(media.url);
	// TimelineJS also takes a blockquote's HTML where a media address goes: its text is kept.
	const quoted = !url && media.url ? slideText(media.url, parse) : null;
	const paragraphs = [...body.paragraphs, ...(quoted?.paragraphs ?? [])];
	const headline =
		text(slide.text?.headline ?? '', parse) ||
		paragraphs[0]?.split(' ').slice(0, 8).join(' ') ||
		'Untitled event';
	return {
		uniqueId: slide.unique_id?.trim() || null,
		headline,
		// This site's own export says so of an event with no quote; that is no text of the slide's.
		paragraphs: paragraphs.filter((paragraph) => paragraph !== NO_SOURCE_QUOTE),
		quotations: body.quotations,
		// The same page linked from the text and from a quotation is one link.
		links: [...body.links, ...(quoted?.links ?? [])].filter(
			(link, index, all) => all.findIndex((other) => other.href === link.href) === index
		),
		date,
		displayDate: slide.display_date?.trim() || slide.start_date?.display_date?.trim() || null,
		group: slide.group?.trim() || null,
		media: url
			? { url, credit: text(media.credit ?? '', parse), caption: text(media.caption ?? '', parse) }
			: null
	};
}
