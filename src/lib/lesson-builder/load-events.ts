import type { TimelineEvent } from '$lib/model/types';

/** Every event the build holds, from its /events.json; the builder and shared lessons need all. */
export async function loadEvents(url: string): Promise<TimelineEvent[]> {
	const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
	if (!response.ok) throw new Error(`${response.status}`);
	return ((await response.json()) as { events: TimelineEvent[] }).events;
}
