import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	parseDay,
	parseExplorerState,
	serialiseExplorerState,
	windowFromRange,
	windowRange,
	type ExplorerState,
	type KnownIds
} from './url-state.ts';

const known: KnownIds = {
	themes: ['elections', 'labour', 'repression'],
	events: new Set(['zhanaozen-massacre', 'parliamentary-election-2012']),
	lessons: new Set(['elections-under-pressure'])
};

const parse = (query: string) => parseExplorerState(new URLSearchParams(query), known);

describe('parseExplorerState', () => {
	it('reads every parameter', () => {
		expect(
			parse(
				'themes=labour,repression&q=oil&event=zhanaozen-massacre&from=2011-12-01&to=2012-01-31&lanes=themes'
			)
		).toEqual({
			state: {
				themes: ['labour', 'repression'],
				query: 'oil',
				event: 'zhanaozen-massacre',
				window: { from: '2011-12-01', to: '2012-01-31' },
				lanes: true,
				lesson: null,
				view: 'both'
			},
			notices: []
		});
	});

	it('keeps themes in their own order and treats all of them as no filter', () => {
		expect(parse('themes=repression,labour').state.themes).toEqual(['labour', 'repression']);
		expect(parse('themes=repression,labour,elections').state.themes).toBeNull();
		expect(parse('themes=').state.themes).toEqual([]);
	});

	it('ignores unknown themes with a notice and keeps the known ones', () => {
		const { state, notices } = parse('themes=labour,weather');
		expect(state.themes).toEqual(['labour']);
		expect(notices).toEqual(['Unknown theme “weather” ignored.']);
		expect(parse('themes=weather').state.themes).toBeNull();
	});

	it('drops an unknown event and malformed or half windows, with notices', () => {
		expect(parse('event=nowhere')).toMatchObject({
			state: { event: null },
			notices: [expect.stringContaining('nowhere')]
		});
		for (const query of [
			'from=2011-02-31&to=2012-01-01',
			'from=2011-01-01',
			'from=yesterday&to=today'
		]) {
			const { state, notices } = parse(query);
			expect(state.window).toBeNull();
			expect(notices).toHaveLength(1);
		}
	});

	it('reads a known lesson and view, and drops unknown ones with notices', () => {
		expect(parse('lesson=elections-under-pressure&view=timeline').state).toMatchObject({
			lesson: 'elections-under-pressure',
			view: 'timeline'
		});
		const { state, notices } = parse('lesson=nope&view=<script>');
		expect(state).toMatchObject({ lesson: null, view: 'both' });
		expect(notices).toEqual([
			'There is no lesson “nope”, so every event is shown.',
			'Unknown view “<script>”; showing the timeline and the story.'
		]);
	});

	it('ignores any ?lesson= where a page shows a lesson of its own, and says so', () => {
		const shown: KnownIds = { ...known, shownLessonTitle: 'Oil and protest' };
		for (const name of ['elections-under-pressure', 'nope']) {
			const { state, notices } = parseExplorerState(new URLSearchParams(`lesson=${name}`), shown);
			expect(state.lesson).toBeNull();
			expect(notices).toEqual([
				`This shows the lesson “Oil and protest” from its link, so the lesson “${name}” in the address is ignored.`
			]);
		}
		expect(parseExplorerState(new URLSearchParams('view=timeline'), shown).notices).toEqual([]);
	});

	it('swaps a reversed window', () => {
		const { state, notices } = parse('from=2012-01-31&to=2011-12-01');
		expect(state.window).toEqual({ from: '2011-12-01', to: '2012-01-31' });
		expect(notices).toHaveLength(1);
	});

	it('cuts a very long search and folds its white space', () => {
		expect(parse(`q=${'a'.repeat(500)}`).state.query).toHaveLength(200);
		expect(parse('q=%20%20oil%0A%0Aworkers%20').state.query).toBe('oil workers');
		// An emoji is two UTF-16 units; the cut must not leave half of one behind.
		expect(parse(`q=a${'😀'.repeat(150)}`).state.query).toBe(`a${'😀'.repeat(99)}`);
		expect(parse(`event=a${'😀'.repeat(30)}`).notices[0]).toContain(`a${'😀'.repeat(19)}…”`);
	});
});

describe('windows', () => {
	it('round-trips whole days, `to` included', () => {
		const window = { from: '2011-12-01', to: '2011-12-31' };
		const range = windowRange(window);
		expect(range.start).toEqual(new Date(2011, 11, 1));
		expect(range.end).toEqual(new Date(2012, 0, 1));
		expect(windowFromRange(range.start, range.end)).toEqual(window);
	});
});

const day = fc
	.date({ min: new Date(1000, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));

const stateArbitrary: fc.Arbitrary<ExplorerState> = fc.record({
	themes: fc.option(fc.subarray([...known.themes], { minLength: 0, maxLength: 2 }), { nil: null }),
	query: fc.string({ maxLength: 60 }).map((text) => text.replace(/\s+/g, ' ').trim()),
	event: fc.option(fc.constantFrom(...known.events), { nil: null }),
	window: fc.option(
		fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
		{ nil: null }
	),
	lanes: fc.boolean(),
	lesson: fc.option(fc.constant('elections-under-pressure'), { nil: null }),
	view: fc.constantFrom('both', 'timeline', 'narrative')
});

function expectValid(state: ExplorerState) {
	if (state.themes !== null) {
		expect(state.themes.every((theme) => known.themes.includes(theme))).toBe(true);
		expect(state.themes.length).toBeLessThan(known.themes.length);
	}
	if (state.event !== null) expect(known.events.has(state.event)).toBe(true);
	if (state.lesson !== null) expect(known.lessons!.has(state.lesson)).toBe(true);
	expect(['both', 'timeline', 'narrative']).toContain(state.view);
	expect(state.query.length).toBeLessThanOrEqual(200);
	expect(state.query).toBe(state.query.trim());
	expect(state.query).toBe(state.query.toWellFormed());
	if (state.window) {
		expect(parseDay(state.window.from)).not.toBeNull();
		expect(parseDay(state.window.to)).not.toBeNull();
		expect(state.window.from <= state.window.to).toBe(true);
	}
}

/** Query values as people, tools and attackers write them: any text, odd Unicode and raw
 * percent-escapes that do not decode (a lone surrogate as %ED%A0%80, a bare %). */
const awkward = fc.constantFrom(
	'%ED%A0%80',
	'%ED%B0%80',
	'%00',
	'%FF',
	'%',
	'%2',
	'%%41',
	'+',
	'%E2%80%8F',
	'%E2%80%AE',
	'%EF%BB%BF',
	'%F0%9F%98%80',
	'%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'<script>window.__xss=1</script>',
	'javascript:alert(1)',
	'{@html "<b>"}',
	'2011-02-31',
	'2012-01-31',
	'0000-00-00'
);
const loneSurrogate = fc
	.integer({ min: 0xd800, max: 0xdfff })
	.map((unit) => String.fromCharCode(unit));
const text = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.string({ unit: 'binary' }),
	fc
		.array(fc.oneof(loneSurrogate, fc.string({ unit: 'binary', maxLength: 2 })))
		.map((parts) => parts.join('')),
	// Long values: past the search's limit of 200, with surrogate pairs at odd and even cuts.
	fc
		.tuple(
			fc.constantFrom('', 'a', ' b'),
			fc.constantFrom('a', '😀', ' ', '\u200f'),
			fc.integer({ min: 190, max: 2000 })
		)
		.map(([prefix, unit, times]) => prefix + unit.repeat(times)),
	day,
	fc.constantFrom('labour', 'labour,weather', 'themes', 'zhanaozen-massacre', '')
);
const names = fc.constantFrom('themes', 'q', 'event', 'from', 'to', 'lanes', 'lesson', 'view', 'x');
/** A search made from decoded pairs, names repeated at will. */
const decodedSearch = fc
	.array(fc.tuple(names, text), { maxLength: 10 })
	.map((pairs) => new URLSearchParams(pairs));
/** A search read from a raw query string, as the browser reads location.search. */
const rawSearch = fc
	.array(fc.tuple(names, fc.array(fc.oneof(awkward, fc.string()), { maxLength: 4 })), {
		maxLength: 10
	})
	.map(
		(pairs) =>
			new URLSearchParams(`?${pairs.map(([name, parts]) => `${name}=${parts.join('')}`).join('&')}`)
	);
const anySearch = fc.oneof(decodedSearch, rawSearch);
const RUNS = { numRuns: 1000 };

describe('URL state properties', () => {
	it('parses back every state it serialises', () => {
		fc.assert(
			fc.property(stateArbitrary, (state) => {
				const parsed = parseExplorerState(serialiseExplorerState(state), known);
				expect(parsed.notices).toEqual([]);
				expect(parsed.state).toEqual(state);
			}),
			RUNS
		);
	});

	it('never throws on any query string, and every notice is short', () => {
		fc.assert(
			fc.property(anySearch, (search) => {
				const { notices } = parseExplorerState(search, known);
				for (const notice of notices) {
					expect(notice.length).toBeLessThan(200);
					expect(notice).toBe(notice.toWellFormed());
				}
			}),
			RUNS
		);
	});

	it('always gives a valid state, whatever the query string', () => {
		fc.assert(
			fc.property(anySearch, (search) => expectValid(parseExplorerState(search, known).state)),
			RUNS
		);
	});

	it('is stable: serialise after parse, parsed again, gives the same state and string', () => {
		fc.assert(
			fc.property(anySearch, (search) => {
				const first = parseExplorerState(search, known).state;
				const serialised = serialiseExplorerState(first).toString();
				const second = parseExplorerState(new URLSearchParams(serialised), known);
				expect(second.notices).toEqual([]);
				expect(second.state).toEqual(first);
				expect(serialiseExplorerState(second.state).toString()).toBe(serialised);
			}),
			RUNS
		);
	});
});
