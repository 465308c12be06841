import type { Mention, Moment } from './moment.ts';

/** A pattern and what a match of it names, or null when the match names no date after all. */
export type Reading = [RegExp, (match: RegExpMatchArray) => Omit<Mention, 'start' | 'end'> | null];

/** A date the text names plainly, without a hedge. */
export const plain = (from: Moment, to?: Moment) => ({ from, to, hedged: false });

/** Every date a list of readings finds in a text, with its offsets. */
export function readAll(readings: readonly Reading[], text: string): Mention[] {
	return readings.flatMap(([pattern, read]) =>
		[...text.matchAll(pattern)].flatMap((match) => {
			const reading = read(match);
			if (!reading) return [];
			return [{ start: match.index, end: match.index + match[0].length, ...reading }];
		})
	);
}
