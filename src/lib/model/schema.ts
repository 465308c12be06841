import { z } from 'zod';
import { ID_PATTERN, ID_RULE } from './ids.ts';
import {
	parsePartialDate,
	partialDateExtent,
	type EventDate,
	type PartialDate
} from './precision.ts';
import { parseIsoDay } from './days.ts';

// Zod compiles a fast parser for each object schema with `new Function` when it may, and it
// finds out by trying one as the schema is made. The site's Content Security Policy forbids
// eval, so in the browser that try is blocked and reported as a violation (the lesson builder
// makes these schemas as it loads). Parsing without compiling is the same validation, a little
// slower, and never needs eval. This runs before any schema below is made.
z.config({ jitless: true });

const id = z.string().regex(ID_PATTERN, ID_RULE);
export const text = z.string().trim().min(1, 'must not be empty');

/** The address of a web page: http or https, never javascript: or data:. */
export const WebAddressSchema = z.url({
	protocol: /^https?$/,
	error: 'must be a web address (http or https)'
});

const DATE_FORMS = 'a date such as 1990, spring 2011, 2011-04 or 2011-12-16';

/**
 * One hand-written transform rather than a union, so that the reader is told why a date is
 * wrong ("not a real day") instead of zod's "Invalid input" for a union with no match.
 * YAML reads an unquoted `1990` as a number; both forms mean the same date.
 */
export const EventDateSchema = z.unknown().transform((value, context): EventDate => {
	const readPart = (part: unknown, path: string[]): PartialDate | null => {
		if (typeof part !== 'string' && !(typeof part === 'number' && Number.isInteger(part))) {
			context.issues.push({ code: 'custom', message: `must be ${DATE_FORMS}`, input: part, path });
			return null;
		}
		const parsed = parsePartialDate(String(part));
		if ('error' in parsed) {
			context.issues.push({ code: 'custom', message: parsed.error, input: part, path });
			return null;
		}
		return parsed;
	};

	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const extra = Object.keys(value).filter((key) => key !== 'start' && key !== 'end');
		if (extra.length > 0) {
			context.issues.push({
				code: 'custom',
				message: `a span has only start and end, not ${extra.join(', ')}`,
				input: value
			});
			return z.NEVER;
		}
		const span = value as { start?: unknown; end?: unknown };
		const start = readPart(span.start, ['start']);
		const end = readPart(span.end, ['end']);
		if (!start || !end) return z.NEVER;
		if (partialDateExtent(end).start < partialDateExtent(start).start) {
			context.issues.push({
				code: 'custom',
				message: 'the span ends before it starts',
				input: value
			});
			return z.NEVER;
		}
		return { kind: 'span', start, end };
	}
	const single = readPart(value, []);
	return single ? { kind: 'single', value: single } : z.NEVER;
});

export const QuoteSchema = z.strictObject({ text, source: id });

export const FigureSchema = z.strictObject({
	label: text,
	value: z.number().finite(),
	unit: text,
	/** True when the source gives only a floor ("a little over 7 percent"). */
	lowerBound: z.boolean().default(false),
	/** The time the number describes, needed to draw it in a series or a before-and-after. */
	period: EventDateSchema.optional(),
	quote: QuoteSchema
});

/**
 * A claim's value is words ("dozens"); `min` and `max` are how we read them as numbers, so that
 * a range chart can draw them. `reading` says how we got there when the words are not numbers.
 */
export const ClaimValueSchema = z
	.strictObject({
		value: text,
		by: text,
		min: z.number().finite().optional(),
		max: z.number().finite().optional(),
		reading: text.optional(),
		quote: QuoteSchema
	})
	.superRefine(({ min, max }, context) => {
		if (max !== undefined && min === undefined)
			context.addIssue({ code: 'custom', message: 'needs a min as well', path: ['max'] });
		if (max !== undefined && min !== undefined && max < min)
			context.addIssue({
				code: 'custom',
				message: `must not be below min (${min})`,
				path: ['max']
			});
	});

export const ClaimSchema = z.strictObject({
	subject: text,
	values: z.array(ClaimValueSchema).min(1, 'needs at least one value')
});

/** A figure drawn in a chart: its label on this event, or `{ figure, event }` for another's. */
export const FigureRefSchema = z.union(
	[text, z.strictObject({ figure: text, event: id.optional(), name: text.optional() })],
	{ error: 'must be a figure label, or { figure, event?, name? }' }
);

const chartFields = {
	id,
	title: text,
	/** The axis label, e.g. "percent of the votes". */
	unit: text,
	/** A sentence in our words shown under the title. */
	note: text.optional(),
	/** The top of the value axis when the scale has a natural end (100 percent, a Gini of 1). */
	axisMax: z.number().positive().optional()
};

export const ChartSchema = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({
			...chartFields,
			kind: z.literal('bars'),
			figures: z.array(FigureRefSchema).min(1, 'needs at least one figure'),
			/** A figure drawn as a reference line across the bars, such as an entry threshold. */
			threshold: FigureRefSchema.optional(),
			/** Figures on the same scale but measured against another whole, drawn apart. */
			alongside: z.array(FigureRefSchema).default([])
		}),
		z.strictObject({
			...chartFields,
			kind: z.literal('series'),
			figures: z.array(FigureRefSchema).min(2, 'needs at least two figures')
		}),
		z.strictObject({
			...chartFields,
			kind: z.literal('before-after'),
			figures: z.array(FigureRefSchema).length(2, 'needs exactly two figures: before and after')
		}),
		z.strictObject({
			...chartFields,
			kind: z.literal('range'),
			/** The subject of one of this event's claims. */
			claim: text
		})
	],
	{
		error: (issue) =>
			issue.code === 'invalid_union' ? 'must be bars, series, before-after or range' : undefined
	}
);

export const EventSchema = z.strictObject({
	id,
	title: text,
	date: EventDateSchema,
	approximate: z.boolean().default(false),
	status: z.enum(['happened', 'planned']).default('happened'),
	themes: z.array(id).min(1, 'needs at least one theme'),
	actors: z.array(text).default([]),
	places: z.array(text).default([]),
	quotes: z.array(QuoteSchema).min(1, 'needs at least one quote'),
	figures: z.array(FigureSchema).default([]),
	claims: z.array(ClaimSchema).default([]),
	charts: z.array(ChartSchema).default([]),
	related: z.array(id).default([]),
	/** How the tool it came from showed the date (TimelineJS's display_date), kept as written. */
	displayDate: text.optional(),
	/** Media on another site (an imported slide's): shown as a link, with its credit. */
	media: z
		.strictObject({ url: WebAddressSchema, credit: z.string(), caption: z.string() })
		.optional(),
	/** Web pages the event's text linked to, where it came from another tool. */
	links: z.array(z.strictObject({ text, href: WebAddressSchema })).optional()
});

/**
 * An event of a collection that does not require quotes (an imported timeline may have none);
 * the quotes it has are still checked against their sources.
 */
export const EventWithoutQuotesSchema = EventSchema.extend({
	quotes: z.array(QuoteSchema).default([])
});

/** A collection's description of itself, `events/collection.yaml`. */
/** How many eras a collection lists, and how long each one's title may be. */
export const ThemeSchema = z.strictObject({
	id,
	label: text,
	colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour such as #1d4ed8'),
	colourDark: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour such as #93b4ff'),
	description: text
});
export const ThemeListSchema = z.array(ThemeSchema).min(1, 'needs at least one theme');

const REAL_DAY = 'must be a real day written YYYY-MM-DD';
const isoDay = z
	.string({ error: REAL_DAY })
	.refine((value) => parseIsoDay(value) !== null, { error: REAL_DAY });

export const SourceSchema = z.strictObject({
	id,
	title: text,
	author: text,
	publisher: text,
	published: isoDay,
	// z.url() alone accepts javascript: and data: addresses, and this one becomes a link.
	url: z
		.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })
		.optional(),
	/**
	 * Who stands behind the source and from what point of view, said as a fact in a sentence:
	 * shown where the reader starts, as historians source a document before reading it.
	 */
	perspective: text.optional(),
	licence: text.optional()
});

/** The stretch of time a timeline opens on for a lesson; `from` comes before `to`. */
export const LessonWindowSchema = z
	.strictObject({ from: isoDay, to: isoDay })
	.refine((window) => window.from < window.to, {
		error: 'must be after window.from',
		path: ['to']
	});

/** A lesson preset, `events/lessons/<id>.yaml`; its id is the file name. */
export const LessonSchema = z.strictObject({
	title: text,
	introduction: text,
	events: z.array(id).min(1, 'needs at least one event'),
	themes: z.array(id).min(1, 'lists no themes; leave the field out to show every theme').optional(),
	window: LessonWindowSchema.optional(),
	questions: z.array(text).min(1, 'needs at least one question'),
	/** A task for some of the steps, by event id, e.g. "Which words show the author's view?". */
	prompts: z.record(id, text).optional(),
	/** Who the lesson suits, in the teacher's words, e.g. "Ages 15–18". */
	level: text.optional(),
	/** How long it takes, in minutes. */
	minutes: z
		.int('must be a whole number of minutes')
		.min(1, 'must be at least 1 minute')
		.max(600, 'must be at most 600 minutes')
		.optional(),
	/** What students can do after it, each a sentence. */
	objectives: z.array(text).min(1, 'lists no objectives; leave the field out').optional(),
	/** For the teacher alone: on the lesson page, never on the worksheet or the handout. */
	teacherNotes: text.optional()
});

export type Quote = z.infer<typeof QuoteSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type FigureRef = z.infer<typeof FigureRefSchema>;
export type Chart = z.infer<typeof ChartSchema>;
export type EventRecord = z.infer<typeof EventSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type SourceMeta = z.infer<typeof SourceSchema>;
export type LessonRecord = z.infer<typeof LessonSchema>;
export type LessonWindow = z.infer<typeof LessonWindowSchema>;
