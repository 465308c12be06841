import { readFileSync } from 'node:fs';
import { findEvents } from '../finder/find-events.ts';
import { newTimeline, type MadeTimeline } from './made-timeline.ts';
import { withFound } from './review.ts';

// For specs only: the article the site is built from, pasted as a teacher would paste it.

const articleFile = readFileSync('events/sources/kazakh-elections-2012.md', 'utf8');
/** Its text alone, without our front matter. */
export const ARTICLE_TEXT = articleFile.slice(articleFile.indexOf('---', 3) + 3).trim();

/** A new timeline holding the article as its source, with what the finder found in it. */
export function articleTimeline(): MadeTimeline {
	const made = newTimeline('t1', 0);
	made.sources[0] = {
		...made.sources[0]!,
		title: 'Kazakh elections take place amid rising social tensions',
		author: 'Clara Weiss',
		publisher: 'World Socialist Web Site',
		published: '2012-01-27',
		text: ARTICLE_TEXT
	};
	const { candidates } = findEvents(ARTICLE_TEXT, { published: '2012-01-27' });
	return withFound(made, 'source-1', candidates);
}
