import { events } from '$lib/server/content.ts';

export function load() {
	// The events come in date order, so their charts do too.
	const charted = events
		.filter((event) => event.charts.length > 0)
		.map(({ id, title, date, approximate, status, themes, charts }) => ({
			id,
			title,
			date,
			approximate,
			status,
			themes,
			charts
		}));
	return { events: charted };
}
