/**
 * The domain types, declared once: the records as the schema infers them, and the shapes the
 * build resolves them into (quotes located in their source, charts with their figures looked up).
 * Client code and the build both import them from here.
 */
import type { InlineText } from './markdown.ts';
import type {
	Chart,
	Claim,
	EventRecord,
	Figure,
	LessonRecord,
	Quote,
	SourceMeta,
	Theme
} from './schema.ts';
import type { CollectionSettings } from './collection-settings-schema.ts';

export type { CollectionSettings, SourceMeta, Theme };

export interface ResolvedQuote extends Quote {
	/** 1-based paragraph number in the source. */
	paragraph: number;
	/** Half-open offsets of the quote in that paragraph's plain text. */
	start: number;
	end: number;
}

export type ResolvedFigure = Omit<Figure, 'quote'> & { quote: ResolvedQuote };
export type ResolvedClaim = Omit<Claim, 'values'> & {
	values: Array<Omit<Claim['values'][number], 'quote'> & { quote: ResolvedQuote }>;
};

/** One figure as a chart draws it. */
export interface ChartPoint {
	/** What the chart calls the figure, e.g. "Nur Otan": its `name` in the chart, or its label. */
	name: string;
	/** The id of the event the figure belongs to. */
	event: string;
	figure: ResolvedFigure;
}

export type ChartFields = Pick<Chart, 'id' | 'title' | 'unit' | 'note' | 'axisMax'>;

/** A chart with every figure and claim it draws looked up, each carrying its located quote. */
export type ResolvedChart = ChartFields &
	(
		| { kind: 'bars'; points: ChartPoint[]; threshold?: ChartPoint; alongside: ChartPoint[] }
		| { kind: 'series'; points: ChartPoint[] }
		| { kind: 'before-after'; points: ChartPoint[] }
		| { kind: 'range'; claim: ResolvedClaim }
	);

export type TimelineEvent = Omit<EventRecord, 'quotes' | 'figures' | 'claims' | 'charts'> & {
	/** The body of the file: a short description in our own words. */
	description: string;
	quotes: ResolvedQuote[];
	figures: ResolvedFigure[];
	claims: ResolvedClaim[];
	charts: ResolvedChart[];
};

export interface Source extends SourceMeta {
	paragraphs: InlineText[];
}

/** A lesson preset: a teacher's ordered walk through some of the events. */
export interface Lesson extends LessonRecord {
	/** The file name without `.yaml`, used in `/lessons/<id>`. */
	id: string;
}

/** The task a lesson sets for an event's step, if any: an own key, since ids are any words. */
export function lessonPrompt(lesson: Pick<Lesson, 'prompts'>, id: string): string | undefined {
	const prompts = lesson.prompts;
	return prompts && Object.hasOwn(prompts, id) ? prompts[id] : undefined;
}

export interface Collection {
	/** What the collection says of itself: its title, description, language and rules. */
	settings: CollectionSettings;
	themes: Theme[];
	sources: Source[];
	/** Sorted by start date, then end date, then id. */
	events: TimelineEvent[];
	/** Sorted by their earliest event, then id. */
	lessons: Lesson[];
}

/** What the client needs of a source to attribute a quote: everything but the text. */
export function sourceMeta({ paragraphs, ...meta }: Source): SourceMeta {
	return meta;
}
