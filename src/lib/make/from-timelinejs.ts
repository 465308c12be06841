import type { ImportedTimeline } from '../timelinejs/read-timelinejs.ts';
import { newTimeline, type MadeTimeline } from './made-timeline.ts';
import { addEvent, addTheme } from './review.ts';

/**
 * A timeline made from a TimelineJS file: its title and introduction, each slide an event in
 * the teacher's list (with no quote, as TimelineJS has none), each group a theme. The slide's
 * text is the event's description; its display date, media and links are kept beside it.
 * It has no source yet: the teacher adds one, and quotes from it, in the editor. A file with
 * no title slide takes `fallbackTitle` (its file name, say).
 */
export function timelineFromTimelineJs(
	imported: ImportedTimeline,
	id: string,
	now: number,
	fallbackTitle = 'Imported timeline'
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
	for (const slide of imported.slides) {
		const fields = {
			title: slide.headline,
			date: slide.date,
			description: slide.paragraphs.join('\n\n'),
			themes: [slide.group ? themeOf.get(slide.group)! : made.themes[0]!.id],
			...(slide.displayDate ? { displayDate: slide.displayDate } : {}),
			...(slide.media ? { media: slide.media } : {}),
			...(slide.links.length > 0 ? { links: slide.links } : {})
		};
		made = addEvent(made, fields).made;
	}
	return made;
}
