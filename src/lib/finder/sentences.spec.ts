import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../model/markdown.ts';
import { clausesAround, paragraphsWithLines, sentenceSpans } from './sentences.ts';

const slices = (text: string, spans: Array<{ start: number; end: number }>) =>
	spans.map((span) => text.slice(span.start, span.end));

describe('paragraphsWithLines', () => {
	it('makes the paragraphs the source pages make, for any text', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '\r\n', '.', '1') }),
				(text) => {
					expect(paragraphsWithLines(text).map((paragraph) => paragraph.text)).toEqual(
						splitParagraphs(text)
					);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('notes where each joined line began', () => {
		expect(paragraphsWithLines('one\n  two\n\nthree')).toEqual([
			{ text: 'one two', lineStarts: [0, 4] },
			{ text: 'three', lineStarts: [0] }
		]);
	});
});

describe('sentenceSpans', () => {
	const sentencesOf = (text: string) => {
		const [paragraph] = paragraphsWithLines(text);
		return slices(paragraph!.text, sentenceSpans(paragraph!.text, paragraph!.lineStarts));
	};

	it.each([
		[
			'without their spaces, and not after an abbreviation',
			'On 5 May, they met. Mr. Smith left at 5 p.m. on Friday! Why?',
			['On 5 May, they met.', 'Mr. Smith left at 5 p.m. on Friday!', 'Why?']
		],
		[
			'at each line of a list, though it has no full stop',
			'11.05.2011 – plant opens\n14.06.2011 – strike begins\n- talks fail',
			['11.05.2011 – plant opens', '14.06.2011 – strike begins', '- talks fail']
		],
		[
			'at a note mark copied from an encyclopaedia',
			'It opposed the law.[24] The gift became known in 2012.[25][26] Then it ended.',
			['It opposed the law.[24]', 'The gift became known in 2012.[25][26]', 'Then it ended.']
		]
	])('splits sentences %s', (_, text, sentences) => {
		expect(sentencesOf(text)).toEqual(sentences);
	});

	it('keeps a wrapped line in its sentence', () => {
		const [paragraph] = paragraphsWithLines('The plant opened in\nMay and closed in\n1999.');
		expect(sentenceSpans(paragraph!.text, paragraph!.lineStarts)).toHaveLength(1);
	});
});

describe('clausesAround', () => {
	const clauses = (text: string, dates: string[]) => {
		const held = dates.map((date) => ({
			start: text.indexOf(date),
			end: text.indexOf(date) + date.length
		}));
		return slices(text, clausesAround(text, { start: 0, end: text.length }, held));
	};

	it('cuts between two dates at the strongest break that stands between them', () => {
		const text =
			'The inflation rate soared to 17 percent in 2008, and could be kept at a little over 7 percent in 2009 and 2010 only thanks to help.';
		expect(clauses(text, ['2008', '2009 and 2010'])).toEqual([
			'The inflation rate soared to 17 percent in 2008',
			'and could be kept at a little over 7 percent in 2009 and 2010 only thanks to help.'
		]);
	});

	it('cuts before "and" where no punctuation parts the dates, and at a comma as a last resort', () => {
		expect(
			clauses('It became a town in 1956 and grew fast after a plant opened in 1963.', [
				'1956',
				'1963'
			])
		).toEqual(['It became a town in 1956', 'and grew fast after a plant opened in 1963.']);
		expect(
			clauses(
				'Despite a boom since 2000, the institute found that most lived in poverty in 2011.',
				['2000', '2011']
			)
		).toEqual([
			'Despite a boom since 2000',
			'the institute found that most lived in poverty in 2011.'
		]);
	});

	it('is the whole sentence when a clause would be a scrap', () => {
		expect(clauses('In 1990; in 1991 the state was born.', ['1990', '1991'])).toEqual([
			'In 1990; in 1991 the state was born.',
			'in 1991 the state was born.'
		]);
	});
});
