import { strToU8, zipSync } from 'fflate';
import type { ContentProblem } from '../collection/errors.ts';
import { recordsFromFiles } from '../collection/records.ts';
import { validateCollection } from '../collection/validate.ts';
import { filesFromRecords, folderContent, type FolderFiles } from '../collection/write-files.ts';
import type { MadeTimeline } from './made-timeline.ts';
import { toRawCollection } from './to-collection.ts';

/** A lesson preset, written (`events/lessons/<id>.yaml`) by the lesson builder's writer. */
export interface LessonFile {
	id: string;
	yaml: string;
}

export type SiteFolderResult =
	| { ok: true; files: FolderFiles; lessonProblems: ContentProblem[] }
	| { ok: false; problems: ContentProblem[] };

function checked(files: FolderFiles): ContentProblem[] {
	const { records, problems } = recordsFromFiles(folderContent(files));
	const result = validateCollection(records);
	return [...problems, ...(result.ok ? [] : result.problems)];
}

/**
 * The timeline as an events folder in this repository's format, which `EVENTS_DIR=<folder>
 * npm run build` makes into a site of its own. The files are read back through the build's own
 * reader and validator before they are given: a folder that would not build is not given. A
 * lesson the build would refuse (a theme its events no longer have) is left out, and its
 * problems are given as `lessonProblems`; the timeline still goes.
 */
export function siteFolder(made: MadeTimeline, lessons: LessonFile[] = []): SiteFolderResult {
	let files: FolderFiles;
	try {
		files = filesFromRecords(toRawCollection(made));
	} catch (error) {
		return { ok: false, problems: [{ file: 'This timeline', message: (error as Error).message }] };
	}
	const withLessons = { ...files };
	for (const lesson of lessons) withLessons[`lessons/${lesson.id}.yaml`] = lesson.yaml;
	const problems = checked(withLessons);
	if (problems.length === 0) return { ok: true, files: withLessons, lessonProblems: [] };
	if (lessons.length === 0 || checked(files).length > 0) return { ok: false, problems };
	return { ok: true, files, lessonProblems: problems };
}

/** What the zip says of itself, beside the folder: what it holds, and how to build it. */
export function siteFolderReadme(title: string): string {
	return `${title}: a site folder

events/ holds this timeline in the format the timeline explorer's own site is built from:

  collection.yaml   its title, language, and whether every event must carry a quote
  themes.yaml       its themes and their colours
  sources/<id>.md   each source: its details, and its text so that quotes show in context
  <id>.md           one file per event: its record, then its description
  lessons/<id>.yaml its lessons, where it has any

To make it a site of your own, take the timeline explorer's source code, install it with
"npm ci", and build it from this folder:

  EVENTS_DIR=/path/to/events npm run build

The site is written to build/, which any static host serves as it is (see "Deploying" in the
explorer's README). "npm run preview" shows it on this computer first.
`;
}

/** The folder zipped, under `events/`, with the README beside it. */
export function zipSiteFolder(files: FolderFiles, title: string): Uint8Array<ArrayBuffer> {
	const entries: Record<string, Uint8Array> = { 'README.txt': strToU8(siteFolderReadme(title)) };
	for (const [path, text] of Object.entries(files)) entries[`events/${path}`] = strToU8(text);
	// zipSync allocates a plain ArrayBuffer of its own; fflate's types do not say which.
	return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
