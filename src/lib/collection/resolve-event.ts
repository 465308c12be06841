import type { ContentProblem } from './errors.ts';
import type { QuoteLocation } from './quotes.ts';
import type { EventRecord, Quote } from '../model/schema.ts';
import type { ResolvedQuote, Source, TimelineEvent } from '../model/types.ts';

/** An event record that passed the schema, with the record it came from. */
export interface ParsedEvent {
	/** The record's name, for problems. */
	file: string;
	record: EventRecord;
	description: string;
}

export interface ResolveContext {
	themeIds: Set<string>;
	eventIds: Set<string>;
	sources: Map<string, Source>;
	findQuote: (source: Source, text: string) => QuoteLocation | null;
}

/** Locates every quote in its source and checks the themes and related events it names. */
export function resolveEvent(
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
