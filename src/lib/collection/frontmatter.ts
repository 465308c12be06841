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
	let data: unknown;
	try {
		data = parse(match[1]!);
	} catch (error) {
		throw new Error(`has front matter that is not valid YAML: ${(error as Error).message}`);
	}
	return { data: data ?? {}, body: match[2]!.trim() };
}
