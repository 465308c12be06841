import { createContext } from 'svelte';
import type { SourceMeta, Theme } from '$lib/model/types';

/** Themes and source metadata, shared by every component that labels an event or a quote. */
export class ContentContext {
	readonly themes: Theme[];
	readonly #themesById: Map<string, Theme>;
	readonly #sourcesById: Map<string, SourceMeta>;

	constructor(themes: Theme[], sources: SourceMeta[]) {
		this.themes = themes;
		this.#themesById = new Map(themes.map((theme) => [theme.id, theme]));
		this.#sourcesById = new Map(sources.map((source) => [source.id, source]));
	}

	theme(id: string): Theme | undefined {
		return this.#themesById.get(id);
	}

	source(id: string): SourceMeta | undefined {
		return this.#sourcesById.get(id);
	}
}

export const [getContent, setContent] = createContext<ContentContext>();
