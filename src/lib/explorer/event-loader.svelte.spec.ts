import { afterEach, describe, expect, it, vi } from 'vitest';
import { timelineEvent } from '$lib/model/fixtures.ts';
import { EventLoader } from './event-loader.svelte.ts';

const first = [timelineEvent({ id: 'a' })];
const all = [timelineEvent({ id: 'a' }), timelineEvent({ id: 'b' }), timelineEvent({ id: 'c' })];

afterEach(() => vi.unstubAllGlobals());

describe('EventLoader', () => {
	it('is complete at once when the page carries every event', () => {
		const loader = new EventLoader(all);
		expect(loader.complete).toBe(true);
		expect(loader.expected).toBe(all.length);
	});

	it('fetches the rest and is then complete', async () => {
		const fetch = vi.fn(async () => Response.json({ events: all }));
		vi.stubGlobal('fetch', fetch);
		const loader = new EventLoader(first, all.length);
		expect(loader.complete).toBe(false);
		await loader.loadAll('/events.json');
		expect(fetch).toHaveBeenCalledWith('/events.json', expect.anything());
		expect(loader.events.map((event) => event.id)).toEqual(['a', 'b', 'c']);
		expect(loader.complete).toBe(true);
		expect(loader.failed).toBe(false);
	});

	it.each([
		['an error status', async () => new Response('gone', { status: 404 })],
		['a network failure', async () => Promise.reject(new TypeError('offline'))],
		['a body that is not JSON', async () => new Response('<html>')]
	])('keeps the first events and says it failed on %s', async (_, answer) => {
		vi.stubGlobal('fetch', vi.fn(answer));
		const loader = new EventLoader(first, all.length);
		await loader.loadAll('/events.json');
		expect(loader.failed).toBe(true);
		expect(loader.events).toEqual(first);
		expect(loader.complete).toBe(false);
	});
});
