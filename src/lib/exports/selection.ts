import { slugify } from '$lib/model/ids.ts';
/** What the events shown were chosen by: the names of their files and their description. */
export interface ExportSelection {
	/** The lesson they belong to, or null. */
	lesson: { id: string; title: string } | null;
	/** The themes shown, as `{ id, label }` in the site's order; null for every theme. */
	themes: ReadonlyArray<{ id: string; label: string }> | null;
	/** The search text, or ''. */
	query: string;
}

/** Long enough for a lesson, three themes and a few words of search; short for any disk. */
const MAX_STEM_LENGTH = 96;

/**
 * The start of every file name for a selection, the collection's title first, e.g.
 * `kazakhstan-1990-2012-labour-search-oil` or
 * `kazakhstan-1990-2012-lesson-zhanaozen-state-of-emergency`; cut at a word boundary when it
 * would be too long. Words of a search in another script leave only `search`, and a title with
 * no ASCII letters leaves `timeline`.
 */
export function exportStem(
	{ lesson, themes, query }: ExportSelection,
	collectionTitle: string
): string {
	const parts = [slugify(collectionTitle) || 'timeline'];
	if (lesson) parts.push('lesson', lesson.id);
	if (themes) parts.push(...themes.map((theme) => theme.id));
	if (query.trim()) parts.push('search', query);
	if (parts.length === 1) parts.push('all-events');
	const stem = slugify(parts.join(' '));
	if (stem.length <= MAX_STEM_LENGTH) return stem;
	const cut = stem.slice(0, MAX_STEM_LENGTH + 1);
	return cut.slice(0, cut.lastIndexOf('-'));
}

export function plural(count: number, singular: string, several = `${singular}s`): string {
	return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : several}`;
}

/** "12 events in the themes Labour and strikes, Repression, matching “oil”". */
export function describeSelection(count: number, { lesson, themes, query }: ExportSelection) {
	const parts: string[] = [];
	if (lesson) parts.push(`of the lesson “${lesson.title}”`);
	if (themes) {
		const labels = themes.map((theme) => theme.label).join(', ');
		parts.push(themes.length === 1 ? `in the theme ${labels}` : `in the themes ${labels}`);
	}
	if (query.trim()) parts.push(`matching “${query.trim()}”`);
	const what = plural(count, 'event');
	return parts.length ? `${what} ${parts.join(', ')}` : `${what}: the whole collection`;
}
