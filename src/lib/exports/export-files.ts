/**
 * The files a reader downloads of the events shown, made in the browser by the same functions
 * that write the whole-collection files. The download control imports this module on first
 * use, so that papaparse and the exporters stay out of the page's first load.
 */
import { ID_PATTERN } from '$lib/model/ids.ts';
import type { CollectionSettings, SourceMeta, Theme, TimelineEvent } from '$lib/model/types.ts';
import { eventsToCsv } from './csv.ts';
import { toEventsJson } from './events-json.ts';
import { exportKind, type ExportKind } from './export-kinds.ts';
import { claimsToCsv, figuresToCsv } from './figures-claims-csv.ts';
import { toTimelineJs } from './timelinejs.ts';

export interface ExportInput {
	/** The events shown, in the order shown. */
	events: readonly TimelineEvent[];
	themes: readonly Theme[];
	/** The sources those events quote. */
	sources: readonly SourceMeta[];
	/** The collection's title and description, for the TimelineJS title slide. */
	settings: Pick<CollectionSettings, 'title' | 'description'>;
	/** The start of the file's name, from `exportStem`. */
	stem: string;
	/** Which events these are, from `describeSelection`, for the TimelineJS title slide. */
	about: string;
}

export interface ExportFile {
	name: string;
	type: string;
	content: string;
}

/** A file that would be empty or broken is refused with the reason, never written. */
export class ExportError extends Error {}

function content(kind: ExportKind, input: ExportInput): string {
	switch (kind) {
		case 'events-csv':
			return eventsToCsv(input.events, input.sources);
		case 'figures-csv':
			return figuresToCsv(input.events, input.sources);
		case 'claims-csv':
			return claimsToCsv(input.events, input.sources);
		case 'events-json':
			return JSON.stringify(toEventsJson(input));
		case 'timelinejs':
			return JSON.stringify(toTimelineJs(input, input.about));
	}
}

/** A file name's stem that any disk and browser keeps as it is: an id's words and hyphens. */
function isSafeFileStem(stem: string): boolean {
	return ID_PATTERN.test(stem);
}

export function exportFile(kind: ExportKind, input: ExportInput): ExportFile {
	const info = exportKind(kind);
	if (!isSafeFileStem(input.stem))
		throw new ExportError(`“${input.stem}” is not a safe file name.`);
	if (info.count(input.events) === 0) throw new ExportError(info.empty);
	return { name: `${input.stem}${info.suffix}`, type: info.type, content: content(kind, input) };
}
