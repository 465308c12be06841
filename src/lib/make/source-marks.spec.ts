import { describe, expect, it } from 'vitest';
import { markRuns, type MarkedRun } from './source-marks.ts';

/** The runs written out: a statement in [ ], the words of a date in { }. */
function written(runs: MarkedRun[]): string {
	return runs
		.map(({ marked, parts }) => {
			const inner = parts.map(({ text, date }) => (date ? `{${text}}` : text)).join('');
			return marked ? `[${inner}]` : inner;
		})
		.join('');
}

const TEXT = 'Before. On January 15, Kazakhstan voted. In 2011 the strike ended. After.';
const at = (words: string) => ({
	start: TEXT.indexOf(words),
	end: TEXT.indexOf(words) + words.length
});

describe('markRuns', () => {
	it('marks each statement, and the words of its date inside it', () => {
		const runs = markRuns(
			TEXT,
			[at('In 2011 the strike ended.'), at('On January 15, Kazakhstan voted.')],
			[at('2011'), at('January 15')]
		);
		expect(written(runs)).toBe(
			'Before. [On {January 15}, Kazakhstan voted.] [In {2011} the strike ended.] After.'
		);
		expect(runs.flatMap((run) => run.parts.map((part) => part.text)).join('')).toBe(TEXT);
	});

	it('leaves a statement that overlaps an earlier one unmarked, and still marks its date', () => {
		const runs = markRuns(
			TEXT,
			[at('On January 15, Kazakhstan'), at('Kazakhstan voted. In 2011')],
			[at('2011')]
		);
		expect(written(runs)).toBe(
			'Before. [On January 15, Kazakhstan] voted. In {2011} the strike ended. After.'
		);
	});

	it('cuts a date that runs past its statement at the statement’s edge', () => {
		const runs = markRuns(TEXT, [at('Before. On January')], [at('January 15')]);
		expect(written(runs)).toBe(
			'[Before. On {January}]{ 15}, Kazakhstan voted. In 2011 the strike ended. After.'
		);
	});

	it('gives the text as it is when nothing was found, and nothing for an empty paragraph', () => {
		expect(written(markRuns(TEXT, []))).toBe(TEXT);
		expect(markRuns('', [])).toEqual([]);
	});
});
