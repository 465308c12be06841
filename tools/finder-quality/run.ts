/**
 * Measures the finder against the fixtures a careful reader marked (fixtures/own-source/, the
 * passages of its unseen/, and the held-out passages of its held-out/), each folder a group of
 * its own: `npm run finder:quality [-- --json] [-- --details]`. The numbers are a measurement, not
 * a gate: it exits 1 only when a fixture itself is broken.
 */
import { join, resolve } from 'node:path';
import { buildCollection } from '../../src/lib/collection/collection.ts';
import { fileStem } from '../../src/lib/collection/file-names.ts';
import { readContentDir } from '../../src/lib/content/read-content-dir.ts';
import { findEvents } from '../../src/lib/finder/find-events.ts';
import { editorEvents } from './editor-events.ts';
import { describeFixtureProblem, loadAllFixtures, type Fixture } from './fixtures.ts';
import { markdownReport } from './report.ts';
import { fixtureResult, overall, type QualityResults } from './results.ts';

const root = resolve(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));

function main(): number {
	const { fixtures, problems } = loadAllFixtures(join(root, 'fixtures', 'own-source'));
	if (problems.length > 0) {
		console.error(['Broken fixtures:', ...problems.map(describeFixtureProblem)].join('\n'));
		return 1;
	}
	const { events } = buildCollection(readContentDir(join(root, 'events')));
	const runFinder = (fixture: Fixture) =>
		findEvents(fixture.text, { published: fixture.annotation.published }).candidates;
	const results = fixtures.map((fixture) =>
		fixtureResult(
			fixture,
			runFinder,
			fixture.kind === 'source' ? editorEvents(events, fileStem(fixture.textFile)) : undefined
		)
	);
	const report: QualityResults = { fixtures: results, overall: overall(results) };
	for (const { name, error } of results) {
		if (error) console.error(`The finder threw on ${name}: ${error}`);
	}
	console.log(
		args.has('--json')
			? JSON.stringify(report, null, '\t')
			: markdownReport(report, args.has('--details'))
	);
	return 0;
}

process.exitCode = main();
