import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { Random } from './random.mjs';
import { quotableParts } from './source-quotes.mjs';

/**
 * Synthetic events folders for the benchmark: real themes and sources, and N valid event records
 * whose quotes are cut from the real source, so the build validates them like any other.
 */

/** @typedef {{ settings: string, themes: string, sources: Record<string, string>, events: Record<string, string> }} Dataset */

export const DEFAULT_SEED = 20120127;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2012;
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

const ACTORS = [
	'Oil workers',
	'Security forces',
	'Nur Otan',
	'Ak Zhol',
	'The Communist Party',
	'The government',
	'President Nazarbayev',
	'OSCE observers',
	'Kazakh banks',
	'Teachers',
	'Miners',
	'State trade unions'
];
const ACTIONS = [
	'strike over',
	'protest against',
	'announce',
	'report on',
	'debate',
	'denounce',
	'negotiate',
	'respond to'
];
const SUBJECTS = [
	'wage arrears',
	'the election law',
	'rising prices',
	'bank loans',
	'the state of emergency',
	'working conditions',
	'a new privatisation',
	'the oil contracts',
	'poverty figures',
	'the party list'
];
const PLACES = [
	'Zhanaozen',
	'Aktau',
	'Almaty',
	'Astana',
	'Karaganda',
	'Atyrau',
	'Shymkent',
	'Aktobe',
	'Uralsk',
	'Kazakhstan'
];

/** Figures and claims whose quotes are known to be in the article, for a few events. */
const SOURCE_ID = 'kazakh-elections-2012';
const FIGURES = [
	['Official turnout', 76, 'percent', 'The official turnout was 76 percent'],
	['Nur Otan vote share', 81, 'percent', 'which won 81 percent of the votes'],
	['Gini index', 0.48, 'index', "The country's Gini index, an indicator of the scale"],
	['Inflation in 2008', 17, 'percent', 'The inflation rate soared to 17 percent in 2008'],
	['Killed (official count)', 17, 'people', 'the official number of the people killed']
].map(([label, value, unit, text]) => ({ label, value, unit, quote: { text, source: SOURCE_ID } }));
const CLAIM = {
	subject: 'People killed at Zhanaozen',
	values: [
		{
			value: '17',
			by: 'official figure',
			quote: {
				text: 'the official number of the people killed in the attack is 17',
				source: SOURCE_ID
			}
		},
		{
			value: 'dozens',
			by: 'human rights organisations',
			quote: { text: 'dozens of people were murdered by the police', source: SOURCE_ID }
		}
	]
};

/** @param {number} year @param {number} month 1-12 */
function daysInMonth(year, month) {
	return new Date(year, month, 0).getDate();
}

const pad = (/** @type {number} */ value) => String(value).padStart(2, '0');

/**
 * A date in one of the written forms, with the mix of precisions the real events have.
 * @param {Random} random
 * @returns {{ date: string | { start: string, end: string }, label: string }}
 */
function randomDate(random) {
	const year = random.integer(FIRST_YEAR, LAST_YEAR);
	const roll = random.next();
	if (roll < 0.15) return { date: String(year), label: String(year) };
	if (roll < 0.25) {
		const season = random.pick(SEASONS);
		return { date: `${season} ${year}`, label: `${season} ${year}` };
	}
	const month = random.integer(1, 12);
	if (roll < 0.45) return { date: `${year}-${pad(month)}`, label: `${year}-${pad(month)}` };
	if (roll < 0.85) {
		const day = random.integer(1, daysInMonth(year, month));
		const date = `${year}-${pad(month)}-${pad(day)}`;
		return { date, label: date };
	}
	const endYear = Math.min(LAST_YEAR, year + random.integer(1, 5));
	if (random.chance(0.5)) {
		return { date: { start: String(year), end: String(endYear) }, label: `${year}–${endYear}` };
	}
	const endMonth = endYear === year ? random.integer(month, 12) : random.integer(1, 12);
	const start = `${year}-${pad(month)}`;
	const end = `${endYear}-${pad(endMonth)}`;
	return { date: { start, end }, label: `${start} to ${end}` };
}

/** @param {string} text */
function slug(text) {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * @param {{ count: number, seed?: number, eventsDir?: string }} options
 * @returns {Dataset} file contents keyed by their path inside the events folder
 */
export function generateDataset({ count, seed = DEFAULT_SEED, eventsDir = 'events' }) {
	const random = new Random(seed);
	const settings = readFileSync(join(eventsDir, 'collection.yaml'), 'utf8');
	const themes = readFileSync(join(eventsDir, 'themes.yaml'), 'utf8');
	const themeIds = /** @type {Array<{ id: string }>} */ (parse(themes)).map((theme) => theme.id);
	const sourceDir = join(eventsDir, 'sources');
	/** @type {Record<string, string>} */
	const sources = {};
	for (const name of readdirSync(sourceDir)
		.filter((file) => file.endsWith('.md'))
		.sort()) {
		sources[`sources/${name}`] = readFileSync(join(sourceDir, name), 'utf8');
	}
	const quotes = Object.entries(sources).flatMap(([file, content]) =>
		quotableParts(content).map((text) => ({ text, source: file.slice(8, -3) }))
	);

	/** @type {string[]} */
	const ids = [];
	/** @type {Record<string, string>} */
	const events = {};
	for (let index = 1; index <= count; index++) {
		const actor = random.pick(ACTORS);
		const action = random.pick(ACTIONS);
		const subject = random.pick(SUBJECTS);
		const place = random.pick(PLACES);
		const title = `${actor} ${action} ${subject} in ${place}`;
		const id = `${slug(`${actor} ${action}`)}-${String(index).padStart(5, '0')}`;
		const { date, label } = randomDate(random);
		const status = random.chance(0.05) ? 'planned' : 'happened';
		const record = {
			id,
			title,
			date,
			approximate: random.chance(0.1),
			status,
			themes: random.sample(themeIds, random.integer(1, 3)),
			actors: random.sample(ACTORS, random.integer(0, 2)),
			places: [place],
			quotes: random.sample(quotes, random.integer(1, 3)),
			...(random.chance(0.05) ? { figures: [random.pick(FIGURES)] } : {}),
			...(random.chance(0.01) ? { claims: [CLAIM] } : {}),
			...(ids.length > 0 && random.chance(0.3)
				? { related: random.sample(ids.slice(-50), random.integer(1, 2)) }
				: {})
		};
		const description =
			`Synthetic benchmark event ${index} (${label}): ${title}. ` +
			`It was generated from seed ${seed} to load the explorer and stands for no real event.`;
		events[`${id}.md`] = `---\n${stringify(record, { lineWidth: 0 })}---\n${description}\n`;
		ids.push(id);
	}
	return { settings, themes, sources, events };
}

/**
 * Writes a dataset as a complete events folder, replacing whatever was there.
 * @param {Dataset} dataset
 * @param {string} dir
 */
export function writeDataset(dataset, dir) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'sources'), { recursive: true });
	writeFileSync(join(dir, 'collection.yaml'), dataset.settings);
	writeFileSync(join(dir, 'themes.yaml'), dataset.themes);
	for (const [file, content] of Object.entries({ ...dataset.sources, ...dataset.events })) {
		writeFileSync(join(dir, file), content);
	}
}

/** @param {number} count */
export function benchEventsDir(count) {
	return join('.tmp', 'bench', `events-${count}`);
}

const invokedDirectly = resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
if (invokedDirectly) {
	const counts = process.argv.slice(2).map(Number);
	for (const count of counts.length > 0 ? counts : [100, 1000, 10000]) {
		const dir = benchEventsDir(count);
		writeDataset(generateDataset({ count }), dir);
		console.log(`Wrote ${count} events to ${dir}`);
	}
}
