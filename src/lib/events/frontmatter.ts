import { parse } from 'yaml';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export interface FrontMatterFile {
	data: unknown;
	body: string;
}

/** Splits a Markdown file into its YAML front matter and body; throws when there is none. */
export function readFrontMatter(content: string): FrontMatterFile {
	const match = FRONT_MATTER.exec(content);
	if (!match) throw new Error('has no YAML front matter between --- lines');
	return { data: parse(match[1]!) ?? {}, body: match[2]!.trim() };
}
