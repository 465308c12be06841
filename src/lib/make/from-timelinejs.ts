import { quoteFinder } from '../collection/quotes.ts';
import { isId } from '../model/ids.ts';
import { MAX_ERA_TITLE, MAX_ERAS } from '../model/collection-settings-schema.ts';
import { splitParagraphs } from '../model/markdown.ts';
import type { ImportedSlide, ImportedTimeline, SlideDate } from '../timelinejs/read-timelinejs.ts';
import { dateLabel } from './date-label.ts';
import {
	newTimeline,
	type MadeQuote,
	type MadeSource,
	type MadeTimeline
} from './made-timeline.ts';
import { addEvent, addTheme } from './review.ts';

// "c. 1943", "ca. 1943", "circa 1943"; not "C.E. 500", which has no space after "C.".
const CIRCA = /^(?:c\.|ca\.|circa)\s+/i;
const PLANNED = /\s*\(planned\)$/i;

/**
 * What a display date says beyond the date: "c. 2008" is approximate, "2015 (planned)" did not
 * happen, as this site's own export writes them. The display date is kept only where it says
 * more than the site would show ("Spring 2011" over March–May 2011).
 */
function readDisplayDate(given: string | null, date: SlideDate) {
	const rest = (given ?? '').replace(CIRCA, '').replace(PLANNED, '');
	return {
		approximate: CIRCA.test(given ?? ''),
		status: PLANNED.test(given ?? '') ? ('planned' as const) : ('happened' as const),
		...(given && rest !== dateLabel(date) ? { displayDate: given } : {})
	};
}

/** Each source's quote finder, made once for every slide of a file. */
type SourceFinders = { source: string; find: ReturnType<typeof quoteFinder> }[];

/**
 * A slide's blockquotes found again, verbatim, in one of the sources: they become its quotes,
 * and leave its description with their citations. The rest stay in the description as text.
 */
function slideQuotes(slide: ImportedSlide, finders: SourceFinders) {
	const quotes: MadeQuote[] = [];
	const taken = new Set<string>();
	for (const quotation of slide.quotations) {
		const found = finders.find(({ find }) => find(quotation.text) !== null);
		if (!found) continue;
		quotes.push({ source: found.source, text: quotation.text });
		taken.add(quotation.text).add(quotation.cite);
	}
	return { quotes, paragraphs: slide.paragraphs.filter((paragraph) => !taken.has(paragraph)) };
}

/**
 * A timeline made from a TimelineJS file: its title and introduction, each slide an event in
 * the teacher's list (with no quote, as TimelineJS has none), each group a theme. The slide's
 * text is the event's description; its display date, media and links are kept beside it.
 * It has no source yet: the teacher adds one, and quotes from it, in the editor. A file with
 * no title slide takes `fallbackTitle` (its file name, say). Given `sources`, a slide's quotations
 * found in them come back as quotes; each slide keeps its `unique_id` as its event's id where it
 * can, so that this site's own `/timelinejs.json` comes back as the events it was made from.
 */
export function timelineFromTimelineJs(
	imported: ImportedTimeline,
	id: string,
	now: number,
	fallbackTitle = 'Imported timeline',
	sources: readonly MadeSource[] = []
): MadeTimeline {
	const introduction = imported.introduction.join(' ');
	let made: MadeTimeline = {
		...newTimeline(id, now),
		title: (imported.title || fallbackTitle).slice(0, 80),
		description: (introduction || 'Imported from a TimelineJS file.').slice(0, 300)
	};
	// The first theme is for slides with no group; where every slide has one, it would be empty.
	if (imported.slides.every((slide) => slide.group)) made = { ...made, themes: [] };
	const themeOf = new Map<string, string>();
	for (const slide of imported.slides)
		if (slide.group && !themeOf.has(slide.group)) {
			const added = addTheme(made, slide.group);
			made = added.made;
			themeOf.set(slide.group, added.id);
		}
	if (sources.length > 0) made = { ...made, sources: [...sources] };
	// Within what collection.yaml takes (schema.ts): an era past it would refuse the whole timeline.
	if (imported.eras.length > 0)
		made = {
			...made,
			eras: imported.eras
				.slice(0, MAX_ERAS)
				.map(({ headline, date }) => ({ title: headline.slice(0, MAX_ERA_TITLE), date }))
		};
	const finders: SourceFinders = sources.map((source) => ({
		source: source.id,
		find: quoteFinder(splitParagraphs(source.text))
	}));
	for (const slide of imported.slides) {
		const { quotes, paragraphs } = slideQuotes(slide, finders);
		const fields = {
			// An id that is already a slug is kept; another (a UUID, words in any script) is not.
			...(isId(slide.uniqueId) ? { id: slide.uniqueId } : {}),
			title: slide.headline,
			date: slide.date,
			description: paragraphs.join('\n\n'),
			themes: [slide.group ? themeOf.get(slide.group)! : made.themes[0]!.id],
			quotes,
			...readDisplayDate(slide.displayDate, slide.date),
			...(slide.media ? { media: slide.media } : {}),
			...(slide.links.length > 0 ? { links: slide.links } : {})
		};
		made = addEvent(made, fields).made;
	}
	return made;
}
