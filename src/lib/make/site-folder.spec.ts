import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCollection } from '../collection/collection.ts';
import { describeProblem } from '../collection/errors.ts';
import { folderContent } from '../collection/write-files.ts';
import { readTimelineJs } from '../timelinejs/read-timelinejs.ts';
import { articleTimeline } from './fixtures.ts';
import { timelineFromTimelineJs } from './from-timelinejs.ts';
import { acceptAll, updateEvent } from './review.ts';
import { siteFolder, zipSiteFolder } from './site-folder.ts';
import { madeCollection } from './to-collection.ts';

const parsePage = (html: string) => parseHTML(html).document as unknown as Document;

/** One of TimelineJS's own samples (fixtures/timelinejs/), as /make/ opens it. */
function importedSample(name: string) {
	const json = readFileSync(`fixtures/timelinejs/${name}`, 'utf8');
	const read = readTimelineJs(json, 'json', parsePage);
	if (!read.ok) throw new Error(read.message);
	return timelineFromTimelineJs(read.timeline, 'imported', 0);
}

function folderOf(result: ReturnType<typeof siteFolder>) {
	if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
	return result.files;
}

describe('siteFolder', () => {
	it('writes a teacher’s timeline as an events folder the build reads as the same events', () => {
		const made = { ...acceptAll(articleTimeline()), title: 'Strikes and elections' };
		const files = folderOf(siteFolder(made));
		const built = buildCollection(folderContent(files, 'my-events'));
		const shown = madeCollection(made);
		if (!shown.ok) throw new Error('the timeline should be valid');
		expect(built.events).toEqual(shown.collection.events);
		expect(built.events.length).toBeGreaterThan(10);
		expect(built.sources.map((source) => source.title)).toEqual([
			'Kazakh elections take place amid rising social tensions'
		]);
		expect(parse(files['collection.yaml']!)).toMatchObject({
			title: 'Strikes and elections',
			language: 'en',
			quotesRequired: false
		});
		expect(Object.keys(files)).toContain('sources/source-1.md');
	});

	it('writes an imported TimelineJS timeline with its media and display dates', () => {
		const files = folderOf(siteFolder(importedSample('all-media-types.json')));
		const events = Object.keys(files).filter((path) => /^[^/]+\.md$/.test(path));
		expect(events).toHaveLength(41);
		const built = buildCollection(folderContent(files));
		expect(built.settings.title).toBe('TimelineJS Media Types');
		const youtube = built.events.find((event) => event.title === 'YouTube Videos')!;
		expect(youtube.quotes).toEqual([]);
		expect(youtube.media?.url).toBe('https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s');
	});

	it('keeps a TimelineJS timeline’s eras in collection.yaml, where the build reads them', () => {
		const files = folderOf(siteFolder(importedSample('eras.json')));
		expect(parse(files['collection.yaml']!).eras).toContainEqual({
			title: 'Era Test 600-650',
			date: { start: '0600', end: '0650' }
		});
		const built = buildCollection(folderContent(files));
		expect(built.settings.eras?.map((era) => era.title)).toEqual([
			'Era Test 650-700',
			'Era Test 600-650',
			'Era Test 700-720'
		]);
	});

	it('adds the lessons, and leaves out one the build would refuse, naming its file', () => {
		const made = acceptAll(articleTimeline());
		const first = made.events[0]!.id;
		const lesson = (events: string[]) =>
			[
				'title: A lesson',
				'introduction: Read the events.',
				`events: [${events.join(', ')}]`,
				'questions: [Why?]'
			].join('\n');
		const files = folderOf(siteFolder(made, [{ id: 'a-lesson', yaml: lesson([first]) }]));
		expect(buildCollection(folderContent(files)).lessons.map((each) => each.events)).toEqual([
			[first]
		]);
		const refused = siteFolder(made, [{ id: 'a-lesson', yaml: lesson(['no-such-event']) }]);
		if (!refused.ok) throw new Error('the timeline goes without its lesson');
		expect(Object.keys(refused.files).some((path) => path.startsWith('lessons/'))).toBe(false);
		expect(refused.lessonProblems[0]!.file).toBe('events/lessons/a-lesson.yaml');
		expect(buildCollection(folderContent(refused.files)).lessons).toEqual([]);
	});

	it('gives no folder for a timeline that would not build, and says why', () => {
		const made = acceptAll(articleTimeline());
		const broken = updateEvent(made, made.events[0]!.id, {
			quotes: [{ source: 'source-1', text: 'Words the article never said.' }]
		});
		const result = siteFolder(broken);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(describeProblem(result.problems[0]!)).toMatch(/quotes\[0\]\.text is not in source/);
	});
});

describe('zipSiteFolder', () => {
	it('zips the folder under events/, with a README that says how to build it', () => {
		const made = { ...acceptAll(articleTimeline()), title: 'Strikes and elections' };
		const files = folderOf(siteFolder(made));
		const zipped = unzipSync(zipSiteFolder(files, 'Strikes and elections'));
		expect(Object.keys(zipped).sort()).toEqual(
			['README.txt', ...Object.keys(files).map((path) => `events/${path}`)].sort()
		);
		expect(strFromU8(zipped['events/collection.yaml']!)).toBe(files['collection.yaml']);
		const readme = strFromU8(zipped['README.txt']!);
		expect(readme).toMatch(/^Strikes and elections: a site folder/);
		expect(readme).toContain('EVENTS_DIR=/path/to/events npm run build');
	});
});
