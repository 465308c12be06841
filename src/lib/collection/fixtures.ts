import type { ContentFiles } from './records.ts';

// For tests: the smallest events folder the content specs build their cases on. Two themes, one
// source "article" whose paragraphs each spec writes to hold its quotes, and event files made
// from front matter.

interface ThemeFields {
	label?: string;
	colour?: string;
	colourDark?: string;
	description?: string;
}

/** One entry of themes.yaml. */
export function themeEntry(id: string, fields: ThemeFields = {}): string {
	const { label = id, colour = '#1d4ed8', colourDark = '#93b4ff' } = fields;
	const description = fields.description ?? `About ${id}.`;
	return `- { id: ${id}, label: ${label}, colour: '${colour}', colourDark: '${colourDark}', description: ${description} }`;
}

/** collection.yaml: a collection in English whose every event carries a quote. */
export const settings = [
	'title: A test collection',
	'description: Two themes and one article.',
	'language: en',
	'quotesRequired: true'
].join('\n');

/** elections and labour, in colours that pass the contrast check. */
export const themes = [
	themeEntry('elections', { label: 'Elections', description: 'Votes.' }),
	themeEntry('labour', {
		label: 'Labour',
		colour: '#b45309',
		colourDark: '#fbbf6a',
		description: 'Strikes.'
	})
].join('\n');

const articleMeta = {
	id: 'article',
	title: 'An article',
	author: 'Ann Author',
	publisher: 'A Publisher',
	published: "'2012-01-27'"
};
export type SourceField = keyof typeof articleMeta | 'url';

/** The source "article": its front matter, changed by `edits` (null drops a field), then its paragraphs. */
export function sourceFile(
	paragraphs: string[],
	edits: Partial<Record<SourceField, string | null>> = {}
): string {
	const lines = Object.entries({ ...articleMeta, ...edits })
		.filter(([, value]) => value !== null && value !== undefined)
		.map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** An event file: its id, the rest of its front matter, and a description in our words. */
export function eventFile(
	id: string,
	frontMatter: string,
	description = 'A short description in our words.'
): string {
	return `---\nid: ${id}\n${frontMatter.trim()}\n---\n${description}\n`;
}

/** An events folder of the two themes, the source "article", the events and any lessons. */
export function contentFiles(folder: {
	source: string;
	events: Record<string, string>;
	lessons?: Record<string, string>;
}): ContentFiles {
	const { source, events, lessons } = folder;
	return {
		settings: { file: 'events/collection.yaml', content: settings },
		themes: { file: 'events/themes.yaml', content: themes },
		sources: { 'events/sources/article.md': source },
		events,
		...(lessons && { lessons })
	};
}

/** contentFiles whose events are these front matters, each in its id's file, then `extra` files. */
export function contentWithEvents(
	source: string,
	frontMatters: Record<string, string>,
	extra: Record<string, string> = {}
): ContentFiles {
	const events = Object.entries(frontMatters).map(([id, frontMatter]) => [
		`events/${id}.md`,
		eventFile(id, frontMatter)
	]);
	return contentFiles({ source, events: { ...Object.fromEntries(events), ...extra } });
}
