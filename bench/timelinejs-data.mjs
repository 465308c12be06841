/**
 * Converts the build's /events.json into TimelineJS 3's JSON format, so both explorers draw the
 * same dataset. TimelineJS has no seasons, so a season starts at its first month.
 */

const SEASON_MONTH = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** @typedef {{ precision: string, year: number, season?: keyof typeof SEASON_MONTH, month?: number, day?: number }} PartialDate */

/** @param {PartialDate} date */
function timelineDate(date) {
	const month = date.season ? SEASON_MONTH[date.season] : date.month;
	return {
		year: String(date.year),
		...(month ? { month: String(month) } : {}),
		...(date.day ? { day: String(date.day) } : {})
	};
}

/** @param {string} text */
function escapeHtml(text) {
	return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * @param {{ themes: Array<{ id: string, label: string }>, events: Array<{ id: string, title: string, description: string, themes: string[], quotes: Array<{ text: string }>, date: { kind: 'single', value: PartialDate } | { kind: 'span', start: PartialDate, end: PartialDate } }> }} collection
 */
export function toTimelineJs(collection) {
	const labels = new Map(collection.themes.map((theme) => [theme.id, theme.label]));
	return {
		events: collection.events.map((event) => ({
			unique_id: event.id,
			start_date: timelineDate(event.date.kind === 'span' ? event.date.start : event.date.value),
			...(event.date.kind === 'span' ? { end_date: timelineDate(event.date.end) } : {}),
			text: {
				headline: escapeHtml(event.title),
				text:
					`<p>${escapeHtml(event.description)}</p>` +
					event.quotes.map((quote) => `<blockquote>${escapeHtml(quote.text)}</blockquote>`).join('')
			},
			group: labels.get(event.themes[0] ?? '') ?? ''
		}))
	};
}

/**
 * The comparison page: TimelineJS from node_modules (mounted at /tl/) with the data inline, as
 * our prerendered page has its data inline. `script_path` points at the local copy, so the
 * locale file is fetched from here rather than the CDN, and `font: null` skips the web fonts.
 * Its `loaded` event sets `data-bench-loaded` on the root element.
 * @param {unknown} timelineData
 */
export function timelineJsPage(timelineData) {
	const json = JSON.stringify(timelineData).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS benchmark</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 100%; height: 100vh; }</style>
</head>
<body>
<div id="timeline-embed"></div>
<script src="/tl/js/timeline.js"></script>
<script>
window.timeline = new TL.Timeline('timeline-embed', ${json}, {
	script_path: '/tl/js/',
	font: null,
	hash_bookmark: false,
	timenav_height_percentage: 40
});
// Its "loaded" event, when it answers to the pointer and keys, marked for the benchmark's probe.
const markLoaded = () => document.documentElement.setAttribute('data-bench-loaded', '');
window.timeline.on('loaded', markLoaded);
if (window.timeline._loaded && window.timeline._loaded.storyslider && window.timeline._loaded.timenav)
	markLoaded();
</script>
</body>
</html>
`;
}
