import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '$lib/links/base64url.ts';
import { crc32 } from '$lib/links/crc32.ts';
import { deflate } from '$lib/links/deflate.ts';
import { cleanText, emptyDetails, LIMITS, type LessonDraft } from './lesson-draft.ts';
import { LINK_VERSION, MAX_DECODED_BYTES } from '$lib/links/link-codec.ts';
import { decodeLessonLink, encodeLessonLink } from './lesson-link.ts';

// Text as a teacher could type it: any Unicode but the hidden characters the reader removes.
const text = (maxLength: number) =>
	fc
		.string({ unit: 'grapheme', maxLength })
		.map((value) => cleanText(value).text.slice(0, maxLength));
const eventId = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/);
const day = fc
	.date({
		min: new Date('1000-01-01T00:00:00Z'),
		max: new Date('2999-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((date) => date.toISOString().slice(0, 10));

const lesson: fc.Arbitrary<LessonDraft> = fc.record({
	title: text(LIMITS.title),
	introduction: text(LIMITS.introduction),
	steps: fc
		.uniqueArray(eventId, { maxLength: LIMITS.steps })
		.chain((ids) =>
			fc.tuple(...ids.map((id) => text(LIMITS.prompt).map((prompt) => ({ event: id, prompt }))))
		),
	questions: fc.array(text(LIMITS.question), { maxLength: LIMITS.questions }),
	themes: fc.option(fc.uniqueArray(eventId, { minLength: 1, maxLength: 6 }), { nil: null }),
	window: fc.option(
		fc
			.tuple(day, day)
			.filter(([a, b]) => a !== b)
			.map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a })),
		{ nil: null }
	),
	details: fc.record({
		level: text(LIMITS.level),
		minutes: fc.option(fc.integer({ min: 1, max: LIMITS.minutes }), { nil: null }),
		objectives: fc.array(text(LIMITS.objective), { maxLength: LIMITS.objectives }),
		teacherNotes: text(LIMITS.teacherNotes)
	})
});

const longest: LessonDraft = {
	title: 'T'.repeat(LIMITS.title),
	introduction: 'I'.repeat(LIMITS.introduction),
	steps: Array.from({ length: LIMITS.steps }, (_, index) => ({
		event: `an-event-with-a-long-identifier-${index}`,
		prompt: 'P'.repeat(LIMITS.prompt)
	})),
	questions: Array.from({ length: LIMITS.questions }, () => 'Q'.repeat(LIMITS.question)),
	themes: ['elections', 'repression'],
	window: { from: '2010-01-01', to: '2012-01-31' },
	details: {
		level: 'L'.repeat(LIMITS.level),
		minutes: LIMITS.minutes,
		objectives: Array.from({ length: LIMITS.objectives }, () => 'O'.repeat(LIMITS.objective)),
		teacherNotes: 'N'.repeat(LIMITS.teacherNotes)
	}
};

async function encoded(draft: LessonDraft): Promise<string> {
	const result = await encodeLessonLink(draft);
	if (!result.ok) throw new Error(result.message);
	return result.code;
}

/** A link built by hand from a header and a body, to forge what encodeLessonLink never makes. */
function forge(
	json: Uint8Array,
	compressed: Uint8Array,
	header: Partial<Record<'length' | 'size' | 'crc', number>> = {}
) {
	const bytes = new Uint8Array(12 + compressed.byteLength);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, header.length ?? compressed.byteLength);
	view.setUint32(4, header.size ?? json.byteLength);
	view.setUint32(8, header.crc ?? crc32(json));
	bytes.set(compressed, 12);
	return `${LINK_VERSION}.${toBase64Url(bytes)}`;
}

describe('lesson links', () => {
	it('round-trip any lesson that fits, Unicode included, and refuse one that does not', async () => {
		await fc.assert(
			fc.asyncProperty(lesson, async (draft) => {
				const result = await encodeLessonLink(draft);
				if (!result.ok) {
					expect(result.bytes).toBeGreaterThan(MAX_DECODED_BYTES);
					expect(result.message).toMatch(/more than a link may carry/);
					return;
				}
				expect(result.code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
				const decoded = await decodeLessonLink(`#${result.code}`);
				expect(decoded).toEqual({ lesson: draft, error: null, problems: [] });
			}),
			{ numRuns: 60 }
		);
	});

	it('carry a lesson with every field at its longest', async () => {
		expect((await encodeLessonLink(longest)).ok).toBe(true);
		expect((await decodeLessonLink(await encoded(longest))).lesson).toEqual(longest);
	});

	it('read every cut-off link as an error, never an exception', async () => {
		const code = await encoded(longest);
		for (let length = 0; length < code.length; length += 7) {
			const decoded = await decodeLessonLink(code.slice(0, length));
			expect(decoded.lesson, `cut at ${length}`).toBeNull();
			expect(decoded.error?.message).toBeTruthy();
		}
		expect((await decodeLessonLink(code.slice(0, -3))).error?.kind).toBe('truncated');
	});

	it('read every changed character as an error, never an exception', async () => {
		const original = { ...longest, steps: longest.steps.slice(0, 3), questions: ['Why?'] };
		const code = await encoded(original);
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: code.length - 1 }),
				fc.constantFrom(...'AZaz09-_.=+/%#é '),
				async (at, character) => {
					fc.pre(code[at] !== character);
					const decoded = await decodeLessonLink(
						code.slice(0, at) + character + code.slice(at + 1)
					);
					// The last character's spare bits carry nothing: changing them leaves the same bytes.
					if (decoded.error === null) expect(decoded.lesson).toEqual(original);
					else expect(decoded.error.message.length).toBeGreaterThan(10);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('read any string at all without throwing', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.string().map((rest) => `1.${rest}`)
				),
				async (input) => {
					const decoded = await decodeLessonLink(input);
					expect(decoded.lesson === null ? decoded.error : decoded.lesson).toBeTruthy();
				}
			),
			{ numRuns: 200 }
		);
	});

	it('say so for a link from a later version', async () => {
		const code = await encoded(longest);
		const decoded = await decodeLessonLink(code.replace(/^1\./, '2.'));
		expect(decoded.error?.kind).toBe('future-version');
		expect(decoded.error?.message).toMatch(/newer version of the site/);
	});

	it('refuse a link that would inflate past 16 KB without inflating it', async () => {
		const json = new TextEncoder().encode(JSON.stringify({ title: 'x'.repeat(100_000) }));
		const decoded = await decodeLessonLink(forge(json, await deflate(json)));
		expect(decoded.error?.kind).toBe('oversized');
		const lying = await decodeLessonLink(forge(json, await deflate(json), { size: 100 }));
		expect(lying.error?.kind).toBe('tampered');
	});

	it('refuse to make a link over 16 KB', async () => {
		const result = await encodeLessonLink({
			...longest,
			introduction: 'é'.repeat(LIMITS.introduction * 8)
		});
		expect(result.ok).toBe(false);
	});

	it('flag a lesson whose checksum does not match, and show what it holds', async () => {
		const json = new TextEncoder().encode(
			JSON.stringify({ title: 'Changed', steps: [{ event: 'a' }] })
		);
		const decoded = await decodeLessonLink(forge(json, await deflate(json), { crc: 1 }));
		expect(decoded.error?.kind).toBe('tampered');
		expect(decoded.lesson?.title).toBe('Changed');
	});

	it('keep the sound fields of a lesson and name the bad ones', async () => {
		const data = {
			title: 'Hostile \u202Eevil\u202C <script>alert(1)</script>',
			introduction: 42,
			steps: [
				{ event: 'zhanaozen-massacre' },
				{ event: 'javascript:alert(1)' },
				{ event: 'zhanaozen-massacre' }
			],
			questions: ['Why?', 'x'.repeat(LIMITS.question + 1)],
			window: { from: '2012-01-01', to: '2011-01-01' }
		};
		const json = new TextEncoder().encode(JSON.stringify(data));
		const decoded = await decodeLessonLink(forge(json, await deflate(json)));
		expect(decoded.error).toBeNull();
		expect(decoded.lesson).toMatchObject({
			title: 'Hostile evil <script>alert(1)</script>',
			introduction: '',
			steps: [{ event: 'zhanaozen-massacre', prompt: '' }],
			window: null
		});
		expect(decoded.lesson?.questions[1]).toHaveLength(LIMITS.question);
		expect(decoded.problems.map((problem) => problem.field)).toEqual([
			'title',
			'introduction',
			'steps[1].event',
			'steps[2].event',
			'questions[1]',
			'window'
		]);
	});

	it("keep a lesson's sound details and name the bad ones", async () => {
		const read = async (details: unknown) => {
			const json = new TextEncoder().encode(JSON.stringify({ title: 'T', details }));
			return decodeLessonLink(forge(json, await deflate(json)));
		};
		const decoded = await read({
			level: 'Ages 15–18',
			minutes: 45.5,
			objectives: ['Compare two accounts.', 7, 'O'.repeat(LIMITS.objective + 1)],
			teacherNotes: '\u202Eflipped'
		});
		expect(decoded.lesson?.details).toEqual({
			level: 'Ages 15–18',
			minutes: null,
			objectives: ['Compare two accounts.', 'O'.repeat(LIMITS.objective)],
			teacherNotes: 'flipped'
		});
		expect(decoded.problems.map((problem) => problem.field)).toEqual([
			'details.minutes',
			'details.objectives[1]',
			'details.objectives[2]',
			'details.teacherNotes'
		]);
		const notFields = await read('Ages 15–18');
		expect(notFields.lesson?.details).toEqual(emptyDetails());
		expect(notFields.problems.map((problem) => problem.field)).toEqual(['details']);
	});

	it('say what is wrong with data that is no lesson', async () => {
		for (const data of ['[1,2]', '"text"', 'null', '{not json']) {
			const json = new TextEncoder().encode(data);
			const decoded = await decodeLessonLink(forge(json, await deflate(json)));
			expect(decoded.error?.kind, data).toBe('corrupt');
		}
		expect((await decodeLessonLink('')).error?.kind).toBe('empty');
		expect((await decodeLessonLink('#hello')).error?.kind).toBe('not-a-link');
		expect((await decodeLessonLink('1.' + 'A'.repeat(40_000))).error?.kind).toBe('oversized');
	});
});
