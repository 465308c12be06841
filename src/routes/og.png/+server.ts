import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { events, settings, sources, themes } from '$lib/server/content.ts';
import { CARD, cardSvg } from '$lib/model/preview-card.ts';

export const prerender = true;

// The card is drawn with a font shipped in node_modules, not the machine's: a build on a server
// with no fonts installed would otherwise draw a card without words.
const font = (name: string) =>
	createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);

/** The link preview's picture, drawn once when the site is built. */
export function GET() {
	const publishers = [...new Set(sources.map((source) => source.publisher))];
	const svg = cardSvg({
		title: settings.title,
		description: settings.description,
		credit: publishers.length ? `Every quote in its source: ${publishers.join(', ')}` : '',
		events,
		themes
	});
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD.width },
		font: {
			fontFiles: [font('DejaVuSans.ttf'), font('DejaVuSans-Bold.ttf')],
			loadSystemFonts: false,
			defaultFontFamily: 'DejaVu Sans'
		}
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
