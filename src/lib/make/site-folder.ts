import { describeProblem } from '../collection/errors.ts';
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

export type SiteFolderResult = { ok: true; files: FolderFiles } | { ok: false; problems: string[] };

/**
 * The timeline as an events folder in this repository's format, which `EVENTS_DIR=<folder>
 * npm run build` makes into a site of its own. The files are read back through the build's own
 * reader and validator before they are given: a folder that would not build is not given.
 */
export function siteFolder(made: MadeTimeline, lessons: LessonFile[] = []): SiteFolderResult {
	const files = filesFromRecords(toRawCollection(made));
	for (const lesson of lessons) files[`lessons/${lesson.id}.yaml`] = lesson.yaml;
	const { records, problems } = recordsFromFiles(folderContent(files));
	const result = validateCollection(records);
	const all = [...problems, ...(result.ok ? [] : result.problems)];
	return all.length === 0 ? { ok: true, files } : { ok: false, problems: all.map(describeProblem) };
}
