import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, MAX_DECODED_BYTES } from './link-codec.ts';

const TIMELINE = { thing: 'timeline' };

async function encoded(data: unknown): Promise<string> {
	const result = await encodeLink(data, TIMELINE);
	if (!result.ok) throw new Error(result.message);
	return result.code;
}

describe('a link carries any JSON for any feature', () => {
	it('gives back what it was given', async () => {
		const data = { title: 'Zhanaözen', events: [1, 2, 3], nested: { ok: true, text: '“<b>”' } };
		expect(await decodeLink(await encoded(data), TIMELINE)).toEqual({
			ok: true,
			data,
			changed: false
		});
	});

	it('names what it carries in every message', async () => {
		const code = await encoded({ a: 1 });
		const cut = await decodeLink(code.slice(0, -4), TIMELINE);
		expect(cut).toEqual({
			ok: false,
			error: {
				kind: 'truncated',
				message: 'This timeline link is cut off: part of it is missing. Copy the whole link again.'
			}
		});
		expect(await decodeLink('', TIMELINE)).toMatchObject({
			error: { kind: 'empty', message: 'This address holds no timeline.' }
		});
	});

	it('holds a kind to its own limits: compressed for a timeline, inflated as a guard', async () => {
		const limits = { thing: 'timeline', maxCompressedBytes: 1024, maxDecodedBytes: 64 * 1024 };
		const repetitive = 'the same words '.repeat(2000);
		const fits = await encodeLink(repetitive, limits);
		expect(fits.ok && (await decodeLink(fits.code, limits))).toMatchObject({ data: repetitive });
		// Letters drawn at random barely compress: 4,000 of them are well over 1 KB deflated.
		const random = crypto.getRandomValues(new Uint8Array(4000));
		const noise = Array.from(random, (byte) => String.fromCharCode(97 + (byte % 26))).join('');
		const result = await encodeLink(noise, limits);
		expect(!result.ok && result.message).toMatch(
			/^The timeline is \d+\.\d KB even compressed, more than a link may carry \(1 KB\)\.$/
		);
		// Past its kind's limit a link is refused, however a lesson would fare.
		expect(fits.ok && (await decodeLink(fits.code, TIMELINE))).toMatchObject({
			ok: false,
			error: { kind: 'oversized' }
		});
	});

	it('refuses to make a link larger than it may carry, saying how large', async () => {
		const result = await encodeLink('x'.repeat(MAX_DECODED_BYTES), TIMELINE);
		expect(result).toMatchObject({ ok: false });
		expect(!result.ok && result.message).toMatch(/^The timeline holds 16\.0 KB of text/);
	});
});
