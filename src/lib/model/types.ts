import type { Collection, Lesson, Source, TimelineEvent } from './collection.ts';
import type { SourceMeta, Theme } from './schema.ts';

/** What the client needs of a source to attribute a quote: everything but the text. */
export function sourceMeta({ paragraphs, ...meta }: Source): SourceMeta {
	return meta;
}

export type { Collection, Lesson, Source, TimelineEvent, SourceMeta, Theme };

/** An inline style giving an element its theme colour in both colour schemes. */
export function themeColourStyle(theme: Pick<Theme, 'colour' | 'colourDark'>): string {
	return `--theme-colour: light-dark(${theme.colour}, ${theme.colourDark})`;
}
