import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import HeldCollection from '../testing/HeldCollection.svelte';
import type { RawCollection, RawRecord } from './records.ts';
import { validateCollection } from './validate.ts';

// A collection made here, in the browser, from records that are in no file of events/: two
// sources, five events, two themes. It goes through the build's own validator, then the pages'
// own components draw it, open its details, show a quote in its source, filter it and build a
// lesson from it.

// Shallow routing needs a running SvelteKit app; a component mounted on its own has the
// browser's history instead, which is all these pages ask of it.
vi.mock('$app/navigation', () => ({
	pushState: (url: string) => history.pushState({}, '', url),
	replaceState: (url: string) => history.replaceState({}, '', url),
	afterNavigate: () => {},
	onNavigate: () => {}
}));

const source = (id: string, title: string, paragraphs: string[]): RawRecord => ({
	name: `Source ${id}`,
	data: { id, title, author: 'A. Reporter', publisher: 'The Daily Test', published: '2021-03-04' },
	body: paragraphs.join('\n\n')
});
const harbour = source('harbour-report', 'The harbour report', [
	'The old harbour closed in the spring of 1998 after a century of trade.',
	'Dockers marched through the town on 12 June 1999 to demand their pensions.'
]);
const mill = source('mill-history', 'A history of the mill', [
	'The mill opened in 1921 beside the river.',
	'By 2004 the mill had become a museum of the town’s working life.'
]);

/** Each event's one quote, by the event's id: its source and its words, verbatim. */
const quotes: Record<string, [source: string, text: string]> = {
	'mill-opens': ['mill-history', 'The mill opened in 1921'],
	'harbour-closes': ['harbour-report', 'The old harbour closed in the spring of 1998'],
	'dockers-march': ['harbour-report', 'Dockers marched through the town on 12 June 1999'],
	'mill-museum': ['mill-history', 'the mill had become a museum'],
	'century-of-trade': ['harbour-report', 'after a century of trade']
};
const event = (id: string, title: string, date: unknown, theme: string) => {
	const [source, text] = quotes[id]!;
	return {
		name: `Event ${id}`,
		data: { id, title, date, themes: [theme], quotes: [{ text, source }] },
		body: `In our words: ${title.toLowerCase()}.`
	};
};
const events = [
	event('mill-opens', 'The mill opens', '1921', 'industry'),
	event('harbour-closes', 'The harbour closes', 'spring 1998', 'trade'),
	event('dockers-march', 'Dockers march for their pensions', '1999-06-12', 'trade'),
	event('mill-museum', 'The mill becomes a museum', '2004', 'industry'),
	event('century-of-trade', 'A century of trade', { start: '1898', end: '1998' }, 'trade')
];

const raw: RawCollection = {
	name: 'A town in the test',
	settings: {
		name: 'Settings',
		data: {
			title: 'Harbour and mill',
			description: 'A town’s harbour and mill, made in a test.',
			language: 'en',
			quotesRequired: true
		}
	},
	themes: {
		name: 'Themes',
		data: [
			{
				id: 'trade',
				label: 'Trade',
				colour: '#1d4ed8',
				colourDark: '#93b4ff',
				description: 'Ships.'
			},
			{
				id: 'industry',
				label: 'Industry',
				colour: '#b45309',
				colourDark: '#fbbf6a',
				description: 'Work.'
			}
		]
	},
	sources: [harbour, mill],
	events,
	lessons: []
};

function heldCollection() {
	const result = validateCollection(raw);
	if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
	return result.collection;
}

// A point's dot is a .vis-item too, without an id: one item an event.
const timelineItems = () => document.querySelectorAll('.canvas.ready .vis-item[data-id]');

afterEach(() => history.replaceState({}, '', location.pathname));

describe('a collection made in the browser, shown by the pages’ own components', () => {
	it('passes the build’s validator, every quote found in its source', () => {
		const collection = heldCollection();
		expect(collection.events.map((item) => item.id)).toEqual([
			'century-of-trade',
			'mill-opens',
			'harbour-closes',
			'dockers-march',
			'mill-museum'
		]);
		expect(collection.events[3]!.quotes[0]).toMatchObject({ paragraph: 2, start: 0, end: 48 });
	});

	it(
		'is drawn on the timeline, opens its details and shows a quote in its source',
		{ timeout: 60_000 },
		async () => {
			const screen = await render(HeldCollection, { collection: heldCollection() });
			await expect
				.element(screen.getByRole('heading', { level: 1 }))
				.toHaveTextContent('Harbour and mill');
			await expect
				.element(screen.getByText(/^A town’s harbour and mill, made in a test\. Scroll the story/))
				.toBeVisible();
			await expect.poll(() => timelineItems().length, { timeout: 20_000 }).toBe(5);
			expect([...timelineItems()].map((item) => item.textContent)).toContain(
				'Dockers march for their pensions'
			);

			const showInSource = screen.getByRole('link', { name: /^Show in source/ });
			expect(showInSource.elements()).toEqual([]);
			// Its title, as a reader clicks it: at the edge it may be turned to the left of its dot,
			// leaving the item's own box running out past the drawing.
			await userEvent.click(
				document.querySelector('.vis-item[data-id="dockers-march"] .kz-item-label')!
			);
			await expect
				.element(screen.getByRole('button', { name: 'Zoom to this event' }))
				.toBeVisible();
			await expect.element(showInSource).toBeVisible();

			await showInSource.click();
			const reader = screen.getByRole('article', { name: 'The harbour report' });
			await expect.element(reader).toBeVisible();
			await expect
				.element(reader.getByRole('mark'))
				.toHaveTextContent('Dockers marched through the town on 12 June 1999');
			await expect
				.element(reader.getByRole('listitem').nth(1).getByRole('mark'))
				.toBeInTheDocument();
		}
	);

	it('filters by its own themes', { timeout: 60_000 }, async () => {
		const screen = await render(HeldCollection, { collection: heldCollection() });
		await expect.poll(() => timelineItems().length, { timeout: 20_000 }).toBe(5);
		await expect.element(screen.getByText('Showing 5 of 5 events')).toBeVisible();

		await screen.getByRole('button', { name: 'Only Industry' }).click();
		await expect.element(screen.getByText(/^Showing 2 of 5 events/)).toBeVisible();
		await expect.poll(() => timelineItems().length).toBe(2);
		expect(page.getByRole('heading', { name: 'The harbour closes' }).elements()).toEqual([]);
	});

	it('builds a lesson from its events', async () => {
		const screen = await render(HeldCollection, { collection: heldCollection(), show: 'builder' });
		const results = screen.getByRole('list', { name: 'Events to add' });
		await expect.element(results.getByRole('button', { name: /^Add: / }).first()).toBeVisible();
		expect(results.getByRole('button', { name: /^Add: / }).elements()).toHaveLength(5);

		await screen.getByRole('searchbox', { name: 'Search the events' }).fill('mill');
		await expect
			.poll(() => results.getByRole('button', { name: /^Add: / }).elements().length)
			.toBe(2);
		await results.getByRole('button', { name: 'Add: The mill becomes a museum' }).click();
		await results.getByRole('button', { name: 'Add: The mill opens' }).click();

		const steps = screen.getByRole('list', { name: 'Steps of the lesson' });
		await expect.element(steps.getByRole('listitem').nth(1)).toHaveTextContent('The mill opens');
		const preview = screen.getByRole('region', { name: 'Preview' });
		await expect
			.element(preview.getByRole('blockquote').first())
			.toHaveTextContent('the mill had become a museum');
		await expect
			.element(preview.getByRole('blockquote').nth(1))
			.toHaveTextContent('The mill opened in 1921');
	});
});
