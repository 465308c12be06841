import { parse } from 'yaml';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export interface FrontMatterFile {
	data: unknown;
	body: string;
}

/** A Markdown file's YAML front matter, unparsed, and its body; null when it has none. */
export function splitFrontMatter(content: string): { yaml: string; body: string } | null {
	const match = FRONT_MATTER.exec(content);
	return match ? { yaml: match[1]!, body: match[2]!.trim() } : null;
}

/** Splits a Markdown file into its YAML front matter and body; throws when there is none. */
export function readFrontMatter(content: string): FrontMatterFile {
	const split = splitFrontMatter(content);
	if (!split) throw new Error('has no YAML front matter between --- lines');
	let data: unknown;
	try {
		data = parse(split.yaml);
	} catch (error) {
		throw new Error(`has front matter that is not valid YAML: ${(error as Error).message}`);
	}
	return { data: data ?? {}, body: split.body };
}
