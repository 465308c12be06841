/**
 * How fast the finder reads: the article (under 100 ms is the aim) and a 50,000-word text in
 * chunks, as a worker would read it, with the longest chunk (how long progress can stall).
 * `npm run finder:speed` prints a table; `--json` prints the figures for `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { findEvents, findEventsInChunks } from '../../src/lib/finder/find-events.ts';
import { loadAllFixtures } from '../finder-quality/fixtures.ts';
import { documentText } from '../propose/read-document.ts';
import { longText, wordCount } from './long-text.ts';

const ARTICLE = 'events/sources/kazakh-elections-2012.md';
const PUBLISHED = '2012-01-27';
const WARM_RUNS = 15;
const LONG_WORDS = 50_000;
const PARAGRAPHS_PER_CHUNK = 40;

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timed<T>(work: () => T): [T, number] {
	const started = performance.now();
	const result = work();
	return [result, performance.now() - started];
}

function measure() {
	const article = documentText(readFileSync(ARTICLE, 'utf8'), 'markdown');
	const [found, firstMs] = timed(() => findEvents(article, { published: PUBLISHED }));
	const warm = Array.from(
		{ length: WARM_RUNS },
		() => timed(() => findEvents(article, { published: PUBLISHED }))[1]
	);

	// Every marked text, the article among them: texts nobody tuned the timings on.
	const texts = loadAllFixtures('fixtures/own-source').fixtures.map((fixture) => fixture.text);
	const text = longText(texts, LONG_WORDS);
	const chunkMs: number[] = [];
	let candidates = 0;
	const started = performance.now();
	let last = started;
	for (const step of findEventsInChunks(text, { published: PUBLISHED }, PARAGRAPHS_PER_CHUNK)) {
		const now = performance.now();
		chunkMs.push(now - last);
		last = now;
		candidates += step.candidates.length;
	}
	return {
		article: {
			words: wordCount(article),
			candidates: found.candidates.length,
			firstRunMs: firstMs,
			medianMs: median(warm)
		},
		long: {
			words: wordCount(text),
			chunks: chunkMs.length,
			candidates,
			totalMs: performance.now() - started,
			longestChunkMs: Math.max(...chunkMs)
		}
	};
}

const figures = measure();
if (process.argv.includes('--json')) {
	console.log(JSON.stringify(figures));
} else {
	const { article, long } = figures;
	const ms = (value: number) => `${value.toFixed(0)} ms`;
	console.log('| Text | Words | Candidates | Time | Aim |');
	console.log('| --- | ---: | ---: | ---: | --- |');
	console.log(
		`| The article, first run in a fresh process | ${article.words} | ${article.candidates} | ${ms(article.firstRunMs)} | |`
	);
	console.log(
		`| The article, median of ${WARM_RUNS} runs | ${article.words} | ${article.candidates} | ${ms(article.medianMs)} | under 100 ms |`
	);
	console.log(
		`| A long text, in ${long.chunks} chunks of ${PARAGRAPHS_PER_CHUNK} paragraphs | ${long.words} | ${long.candidates} | ${ms(long.totalMs)} | |`
	);
	console.log(`| Its longest chunk | | | ${ms(long.longestChunkMs)} | |`);
}
