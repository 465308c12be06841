/** A lesson opened as a worksheet is the lesson's own address with `?as=worksheet`. */

/**
 * The address of the lesson open as a worksheet (`?as=worksheet`), or back as the lesson, from
 * its first step; the hash (a built lesson's link) stays.
 */
export function addressAsWorksheet(href: string, worksheet: boolean): string {
	const url = new URL(href);
	url.searchParams.delete('step');
	if (worksheet) url.searchParams.set('as', 'worksheet');
	else url.searchParams.delete('as');
	return url.href;
}

/** Whether the address opens the lesson as a worksheet. */
export const isWorksheetAddress = (url: URL) => url.searchParams.get('as') === 'worksheet';
