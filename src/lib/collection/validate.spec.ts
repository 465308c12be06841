import { describe, expect, it } from 'vitest';
import { describeProblem } from './errors.ts';
import type { RawCollection, RawRecord } from './records.ts';
import { validateCollection } from './validate.ts';

// A collection made of records, as the browser makes one: no files, no front matter, no YAML.

const settings = {
	title: 'Strikes in the west',
	description: 'A teacher’s own collection.',
	language: 'en',
	quotesRequired: true
};
const themes = [
	{ id: 'labour', label: 'Labour', colour: '#b45309', colourDark: '#fbbf6a', description: 'Work.' }
];
const article: RawRecord = {
	name: 'Source 1',
	data: {
		id: 'article',
		title: 'An article',
		author: 'Ann Author',
		publisher: 'A Publisher',
		published: '2012-01-27'
	},
	body: 'Workers struck in the oil-rich west in 2011.\n\nThe strike went on for months.'
};
const strike = (fields: Record<string, unknown> = {}): RawRecord => ({
	name: 'Event 1',
	data: {
		id: 'strike',
		title: 'Oil workers strike',
		date: '2011',
		themes: ['labour'],
		quotes: [{ text: 'Workers struck in the oil-rich west', source: 'article' }],
		...fields
	},
	body: 'Our words.'
});

function collection(edits: Partial<RawCollection> = {}): RawCollection {
	return {
		name: 'My timeline',
		settings: { name: 'Settings', data: settings },
		themes: { name: 'Themes', data: themes },
		sources: [article],
		events: [strike()],
		lessons: [],
		...edits
	};
}

const problems = (raw: RawCollection) => {
	const result = validateCollection(raw);
	return result.ok ? [] : result.problems.map(describeProblem);
};

describe('validateCollection', () => {
	it('builds a collection from records with no files behind them', () => {
		const result = validateCollection(collection());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.collection.settings).toEqual({ ...settings, descriptionsRequired: true });
		expect(result.collection.events[0]!.quotes[0]).toMatchObject({
			paragraph: 1,
			start: 0,
			end: 35
		});
		expect(result.collection.sources[0]!.paragraphs).toHaveLength(2);
	});

	it('asks for a description unless the collection says its events may open without one', () => {
		const bare = { ...strike(), body: '  ' };
		expect(problems(collection({ events: [bare] }))).toEqual([
			'Event 1: needs a short description below the front matter'
		]);
		const optional = { name: 'Settings', data: { ...settings, descriptionsRequired: false } };
		const result = validateCollection(collection({ settings: optional, events: [bare] }));
		expect(result.ok && result.collection.events[0]!.description).toBe('');
	});

	it('checks quotes against a source whose details are wrong, rather than calling it unknown', () => {
		const anonymous = { ...article, data: { ...(article.data as object), author: '' } };
		const bad = strike({ quotes: [{ text: 'Workers struck in the east', source: 'article' }] });
		expect(problems(collection({ sources: [anonymous] }))).toEqual([
			'Source 1: author must not be empty'
		]);
		expect(problems(collection({ sources: [anonymous], events: [bad] }))).toEqual([
			'Source 1: author must not be empty',
			'Event 1: quotes[0].text is not in source "article"'
		]);
	});

	it('names the record and the field of every problem', () => {
		const bad = strike({ quotes: [{ text: 'Workers struck in the east', source: 'article' }] });
		expect(problems(collection({ events: [bad] }))).toEqual([
			'Event 1: quotes[0].text is not in source "article"'
		]);
	});

	it('checks the settings', () => {
		const raw = collection({
			settings: { name: 'Settings', data: { ...settings, language: 'English', title: '' } }
		});
		expect(problems(raw)).toEqual([
			'Settings: title must not be empty',
			'Settings: language must be a language tag such as en, ru or kk'
		]);
		expect(problems(collection({ settings: null }))).toEqual([
			'My timeline/collection.yaml: is missing'
		]);
	});

	it('reads who made the collection and where to report an error, for the About page', () => {
		const about = { madeBy: 'Year 10 history, Almaty', reportTo: 'mailto:history@school.example' };
		const result = validateCollection(
			collection({ settings: { name: 'Settings', data: { ...settings, about } } })
		);
		expect(result.ok && result.collection.settings.about).toEqual(about);
		for (const reportTo of ['javascript:alert(1)', 'mailto:nobody', 'school.example/report'])
			expect(
				problems(
					collection({ settings: { name: 'Settings', data: { ...settings, about: { reportTo } } } })
				)
			).toEqual([
				'Settings: about.reportTo must be a web address (http or https) or a mailto: address'
			]);
	});

	it('reads the eras the settings name, and names one whose date is not a date', () => {
		const eras = [
			{ title: 'The strike', date: { start: '2011-05', end: '2011-12-16' } },
			{ title: 'After', date: '2012' }
		];
		const result = validateCollection(
			collection({ settings: { name: 'Settings', data: { ...settings, eras } } })
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.collection.settings.eras).toEqual([
			{
				title: 'The strike',
				date: {
					kind: 'span',
					start: { precision: 'month', year: 2011, month: 5 },
					end: { precision: 'day', year: 2011, month: 12, day: 16 }
				}
			},
			{ title: 'After', date: { kind: 'single', value: { precision: 'year', year: 2012 } } }
		]);
		const bad = { ...settings, eras: [{ title: 'Never', date: '2011-13' }] };
		expect(problems(collection({ settings: { name: 'Settings', data: bad } }))).toEqual([
			expect.stringMatching(/^Settings: eras\[0\]\.date /)
		]);
	});

	it('requires a quote of every event when the settings say so', () => {
		expect(problems(collection({ events: [strike({ quotes: [] })] }))).toEqual([
			'Event 1: quotes needs at least one quote'
		]);
	});

	it('lets events go without quotes when they do not, and still checks those they have', () => {
		const loose = { name: 'Settings', data: { ...settings, quotesRequired: false } };
		const result = validateCollection(
			collection({ settings: loose, events: [strike({ quotes: undefined })] })
		);
		expect(result.ok && result.collection.events[0]!.quotes).toEqual([]);
		const misquoted = strike({ quotes: [{ text: 'Nobody struck', source: 'article' }] });
		expect(problems(collection({ settings: loose, events: [misquoted] }))).toEqual([
			'Event 1: quotes[0].text is not in source "article"'
		]);
	});

	it('checks that a record named by its file holds the id of that file', () => {
		const named = { ...strike(), id: 'strikes' };
		expect(problems(collection({ events: [named] }))).toEqual([
			'Event 1: id must equal the file name "strikes"'
		]);
	});
});
