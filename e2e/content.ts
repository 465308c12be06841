import { readdirSync } from 'node:fs';
import { buildCollection } from '../src/lib/collection/collection.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';

// The site's own events folder, built as the site builds it, so that the counts the tests
// expect follow the content instead of being written out (and going stale) in each spec.
export const content = buildCollection(readContentDir('events'));

/** Counted from the files, not from the build, so that an event the build dropped shows up. */
export const EVENT_COUNT = readdirSync('events').filter((name) => name.endsWith('.md')).length;
export const THEME_COUNT = content.themes.length;
export const LESSON_COUNT = content.lessons.length;
/** Every chart of every event: /figures draws each once. */
export const CHART_COUNT = content.events.reduce((count, event) => count + event.charts.length, 0);
