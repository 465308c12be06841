import { expect, test } from '@playwright/test';
import { parseCsv } from './helpers.ts';
import { SITE } from './ports.ts';

// Where the quotes come from, said where readers start and kept with what they take away
// (issue #28), and what a shared link previews: each test here failed before its fix.

const ORIGINAL = 'https://www.wsws.org/en/articles/2012/01/kaza-j27.html';

test('the source page links to the original article, and its citations give the address', async ({
	page
}) => {
	await page.goto('/sources/kazakh-elections-2012/');
	await expect(page.getByRole('link', { name: 'Original article' })).toHaveAttribute(
		'href',
		ORIGINAL
	);
	const cite = page.getByRole('region', { name: 'Cite this source' });
	// A dated article: neither style asks for an access date.
	await expect(cite).toContainText(
		`Weiss, Clara. “Kazakh elections take place amid rising social tensions.” World Socialist Web Site, January 27, 2012. ${ORIGINAL}.`
	);
	await expect(cite).toContainText(
		`Weiss, C. (2012, January 27). Kazakh elections take place amid rising social tensions. World Socialist Web Site. ${ORIGINAL}`
	);
});

test('the data files carry the address of the source each quote comes from', async ({
	request
}) => {
	const rows = async (path: string) => parseCsv(await (await request.get(path)).text());
	const zhanaozen = (await rows('/events.csv')).find((row) => row.id === 'zhanaozen-massacre');
	expect(zhanaozen).toMatchObject({ sources: 'kazakh-elections-2012', source_urls: ORIGINAL });
	for (const path of ['/figures.csv', '/claims.csv']) {
		const quoted = await rows(path);
		expect(quoted.length, path).toBeGreaterThan(0);
		expect(new Set(quoted.map((row) => row.source_url)), path).toEqual(new Set([ORIGINAL]));
	}
	const json = await (await request.get('/events.json')).json();
	expect(json.sources).toEqual([expect.objectContaining({ url: ORIGINAL })]);
});

for (const width of [390, 1280])
	test(`the first screen says whose words the quotes are, at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 844 });
		await page.goto('/');
		const sourcing = page.getByText(/^Every quote comes from/);
		await expect(sourcing).toContainText(
			'“Kazakh elections take place amid rising social tensions” (World Socialist Web Site, 2012).'
		);
		await expect(sourcing).toContainText(
			'The World Socialist Web Site is published by the International Committee of the Fourth International, a Trotskyist movement.'
		);
		await expect(sourcing).toBeInViewport();
		await sourcing.getByRole('link', { name: 'Read it in full' }).click();
		await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012\/$/);
	});

test('the About page, linked where the reader starts, says what the site is made from and how it chooses', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByText(/^Every quote comes from/)
		.getByRole('link', { name: 'How this site chooses its events and quotes' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
	const made = page.getByRole('heading', { name: 'What it is made from' });
	const source = made.locator('xpath=following-sibling::ul[1]/li');
	await expect(source).toContainText(
		'(World Socialist Web Site, 2012). The World Socialist Web Site is published by the International Committee of the Fourth International, a Trotskyist movement.'
	);
	await expect(source.getByRole('link', { name: 'The original' })).toHaveAttribute(
		'href',
		'https://www.wsws.org/en/articles/2012/01/kaza-j27.html'
	);
	await expect(
		page.getByRole('heading', { name: 'How events and quotes are chosen' })
	).toBeVisible();
	// What the dates' marks mean: the timeline's own key, not a second account of it.
	await expect(page.getByRole('heading', { name: 'How to read the timeline' })).toBeVisible();
	await expect(page.getByText('An approximate date, implied by the source.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Reporting an error' })).toBeVisible();
	await source.getByRole('link', { name: 'Our copy, paragraph by paragraph' }).click();
	await expect(page).toHaveURL(/\/sources\/kazakh-elections-2012\/$/);
});

test("an event's details say which source its quotes come from, and who publishes it", async ({
	page
}) => {
	await page.goto('/events/zhanaozen-massacre/');
	await expect(page.getByText(/^Quoted from/)).toContainText(
		'Quoted from “Kazakh elections take place amid rising social tensions” (World Socialist Web Site, 2012). The World Socialist Web Site is published by'
	);
});

test('each page has a description, and a shared link previews its title, description and picture', async ({
	request
}) => {
	const head = async (path: string) => {
		const html = await (await request.get(path)).text();
		const meta = (key: string) =>
			new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
		return {
			description: meta('description'),
			ogTitle: meta('og:title'),
			ogDescription: meta('og:description'),
			card: meta('twitter:card'),
			image: meta('og:image')
		};
	};
	for (const path of [
		'/sources/kazakh-elections-2012/',
		'/embed/',
		'/embed/lesson/',
		'/events/',
		'/make/shared/',
		'/make/lesson/',
		'/make/embed/'
	])
		expect((await head(path)).description, path).toMatch(/\w{3,}.{20,}/);
	expect(await head('/')).toEqual({
		description: expect.stringMatching(/^Kazakhstan from 1990/),
		ogTitle: 'Kazakhstan 1990–2012: a timeline explorer',
		ogDescription: expect.stringMatching(/^Kazakhstan from 1990/),
		card: 'summary_large_image',
		image: `${SITE}/og.png`
	});
	// The picture, drawn when the site was built: a PNG of the size previews ask for.
	const png = Buffer.from(await (await request.get('/og.png')).body());
	expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	expect(await head('/events/zhanaozen-massacre/')).toMatchObject({
		ogTitle: 'Security forces kill striking oil workers in Zhanaozen · Kazakhstan 1990–2012',
		ogDescription: expect.stringMatching(/^On 16 December 2011/),
		image: `${SITE}/og.png`
	});
});
