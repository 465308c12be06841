const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The patterns the site writes dates in, in date-fns's notation; each is a whole pattern. */
export type DatePattern =
	| 'yyyy'
	| 'yyyy-MM-dd'
	| 'MMM yyyy'
	| 'MMMM yyyy'
	| 'd MMMM yyyy'
	| 'MMMM d, yyyy'
	| 'yyyy, MMMM d';

const TOKEN = /yyyy|MMMM|MMM|MM|dd|d/g;

/**
 * A date in local time, in English, in one of the site's patterns. It does what date-fns's
 * `format` did for these patterns without its formatters and locale (about 5 KB gzipped), which
 * every page's first load carried.
 */
export function formatDate(date: Date, pattern: DatePattern): string {
	const month = date.getMonth();
	return pattern.replace(TOKEN, (token) => {
		switch (token) {
			case 'yyyy':
				return String(date.getFullYear()).padStart(4, '0');
			case 'MMMM':
				return MONTHS[month]!;
			case 'MMM':
				return MONTHS[month]!.slice(0, 3);
			case 'MM':
				return String(month + 1).padStart(2, '0');
			case 'dd':
				return String(date.getDate()).padStart(2, '0');
			default:
				return String(date.getDate());
		}
	});
}
