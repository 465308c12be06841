import Papa from 'papaparse';
import type { TimelineJsDocument, TimelineJsSlide } from './timelinejs-schema.ts';

/** The columns of TimelineJS's spreadsheet template, as a teacher downloads it. */
export const CSV_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

/** The columns this site reads; the rest (times, backgrounds) may be missing. */
const NEEDED = ['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day', 'Headline', 'Text'];

/** A slide, with the row of the sheet it came from (1 is the header). */
export type SheetSlides = TimelineJsDocument & { rows: Map<TimelineJsSlide, number> };

/**
 * The slides of TimelineJS's spreadsheet as CSV, in the shape of its JSON: the row of Type
 * "title" is the title slide and rows of Type "era" are eras. A sheet without the template's
 * columns is refused, naming those missing.
 */
export function csvSlides(
	text: string
): { ok: true; sheet: SheetSlides; problems: string[] } | { ok: false; error: string } {
	// Line ends made one kind: papaparse takes the first it meets for all, and a sheet edited in
	// two programs can mix them.
	const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const parsed = Papa.parse<Record<string, string>>(lines, {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (header) => header.trim()
	});
	const columns = parsed.meta.fields ?? [];
	const missing = NEEDED.filter((column) => !columns.includes(column));
	if (missing.length > 0)
		return {
			ok: false,
			error: `This CSV is not TimelineJS's spreadsheet: it has no column ${missing.map((name) => `"${name}"`).join(', ')}. Download the sheet again from the TimelineJS template, with its first row of column names.`
		};
	const sheet: SheetSlides = { events: [], eras: [], rows: new Map() };
	parsed.data.forEach((row, index) => {
		const cell = (column: string) => (row[column] ?? '').trim();
		const slide: TimelineJsSlide = {
			start_date: { year: cell('Year'), month: cell('Month'), day: cell('Day') },
			end_date: { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') },
			display_date: cell('Display Date') || undefined,
			text: { headline: cell('Headline'), text: cell('Text') },
			media: {
				url: cell('Media'),
				credit: cell('Media Credit'),
				caption: cell('Media Caption'),
				thumbnail: cell('Media Thumbnail')
			},
			group: cell('Group') || undefined
		};
		sheet.rows.set(slide, index + 2);
		const type = cell('Type').toLowerCase();
		if (type === 'title') sheet.title ??= slide;
		else if (type === 'era') sheet.eras!.push(slide);
		else sheet.events.push(slide);
	});
	// A quotation mark left open runs the rows after it into one cell: the teacher is told where.
	const problems = parsed.errors
		.filter((error) => error.type === 'Quotes')
		.map(
			(error) =>
				`Near row ${(error.row ?? 0) + 2}: a quotation mark is not closed, so rows may have run together into one; check the headline and text there`
		);
	return { ok: true, sheet, problems };
}
