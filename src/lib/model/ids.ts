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

// Russian and Kazakh letters in Latin, as the Kazakh Latin alphabet of 2021 and common Russian
// romanisation write them. @sindresorhus/slugify was tried: it drops Kazakh's own letters
// ("Қазақстан" → "aza-stan") and spells ö as "oe", so ids would change with the script.
const CYRILLIC: Record<string, string> = Object.fromEntries(
	(
		'а a|б b|в v|г g|д d|е e|ё yo|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|' +
		'ф f|х kh|ц ts|ч ch|ш sh|щ shch|ъ |ы y|ь |э e|ю yu|я ya|ә a|ғ g|қ q|ң n|ө o|ұ u|ү u|һ h|і i'
	)
		.split('|')
		.map((pair) => pair.split(' ') as [string, string])
);

/**
 * Any text as an id's words: accents are dropped, so "Zhanaözen oil!" → "zhanaozen-oil", and
 * Russian and Kazakh letters are written in Latin ("Жаңаөзен" → "zhanaozen"). Words in another
 * script leave nothing: the caller decides what stands in for them.
 */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC[letter] ?? letter)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** An id for a new record from its title, at most 60 characters, or `fallback` where none is left. */
export function idFromTitle(title: string, fallback: string): string {
	return slugify(title).slice(0, 60).replace(/-+$/, '') || fallback;
}
