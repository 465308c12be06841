import Papa from 'papaparse';

/** A number stays a number: it cannot be a formula, and a negative one must not be defused. */
export type CsvCell = string | number | null;

/**
 * The one CSV writer of the site's files: RFC 4180 with CRLF line ends and a header row. It
 * starts with a byte-order mark so that Excel reads it as UTF-8, and text cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) are
 * escaped with a leading apostrophe. An empty cell is written as nothing.
 */
export function writeCsv<Column extends string>(
	columns: readonly Column[],
	rows: ReadonlyArray<Record<Column, CsvCell>>
): string {
	const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
	const csv = Papa.unparse(
		{ fields: [...columns], data },
		{ newline: '\r\n', escapeFormulae: true }
	);
	// With no rows papaparse already ends the header with a line break.
	return `\uFEFF${csv}${data.length ? '\r\n' : ''}`;
}

/** A CSV file as the server routes answer with it. */
export function csvResponse(csv: string): Response {
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
