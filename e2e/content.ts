import { buildCollection } from '../src/lib/content/collection.ts';
import { readContentDir } from '../src/lib/content/read-content-dir.ts';

// The site's own events folder, built as the site builds it, so that the counts the tests
// expect follow the content instead of being written out (and going stale) in each spec.
export const content = buildCollection(readContentDir('events'));

export const EVENT_COUNT = content.events.length;
export const THEME_COUNT = content.themes.length;
export const LESSON_COUNT = content.lessons.length;
/** Every chart of every event: /figures draws each once. */
export const CHART_COUNT = content.events.reduce((count, event) => count + event.charts.length, 0);
