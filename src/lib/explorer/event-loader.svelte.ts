import type { TimelineEvent } from '$lib/model/types.ts';

/** Waits this long for /events.json before giving up, so a stalled download ends in a note. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * The explorer's events. A large collection arrives in two parts: the first events inlined in
 * the page, and the rest fetched from /events.json once the page runs.
 */
export class EventLoader {
	events: TimelineEvent[] = $state.raw([]);
	/** How many events there are in all. */
	readonly expected: number;
	readonly complete = $derived.by(() => this.events.length >= this.expected);
	failed = $state(false);

	constructor(first: TimelineEvent[], total: number = first.length) {
		this.events = first;
		this.expected = total;
	}

	/** Fetches every event; on failure the first ones stay and `failed` is set. */
	async loadAll(url: string): Promise<void> {
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
			if (!response.ok) throw new Error(`${response.status}`);
			this.events = ((await response.json()) as { events: TimelineEvent[] }).events;
		} catch {
			this.failed = true;
		}
	}
}
