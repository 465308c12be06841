/**
 * Ids of events, sources, themes, lessons and charts, and the stems of file names made from
 * them: lower-case ASCII words joined by hyphens, so that each is safe in a path, an address
 * and a file name on any disk.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_RULE = 'must be lower-case words joined by hyphens';

export function isId(value: unknown): value is string {
	return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * Any text as an id's words: accents are dropped, so "Zhanaözen oil!" → "zhanaozen-oil". Words
 * in a script with no ASCII letters leave nothing: the caller decides what stands in for them.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
