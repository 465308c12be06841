import { describe, expect, it } from 'vitest';
import { timelineEvent } from './fixtures.ts';
import { cardSvg, wrapWords } from './preview-card.ts';

describe('wrapWords', () => {
	it('fills lines up to the width, and cuts the last with an ellipsis', () => {
		expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
		expect(wrapWords('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
	});
});

describe('cardSvg', () => {
	const themes = [
		{ id: 'labour', label: 'Labour', colour: '#b45309', colourDark: '#fbbf6a', description: '' }
	];
	const card = (title: string) =>
		cardSvg({
			title,
			description: 'Strikes & <protests>',
			credit: 'Every quote in its source: A "Paper"',
			events: [
				timelineEvent({ id: 'a', themes: ['labour'] }),
				timelineEvent({
					id: 'b',
					date: { kind: 'single', value: { precision: 'year', year: 2008 } },
					themes: ['labour']
				})
			],
			themes
		});

	it('draws each event in its theme’s colour, over the years they cover', () => {
		const svg = card('Oil in the west');
		expect(svg.match(/<rect [^>]*fill="#b45309"/g)).toHaveLength(2);
		// From 2008 to the end of 2011, a tick a year.
		expect(svg.match(/>20\d\d<\/text>/g)).toEqual([
			'>2008</text>',
			'>2009</text>',
			'>2010</text>',
			'>2011</text>',
			'>2012</text>'
		]);
		expect(svg).toContain('>Oil in the west</text>');
	});

	it('keeps every string as text', () => {
		const svg = card('<script>alert(1)</script>\u0007');
		expect(svg).not.toContain('<script');
		// Escaped, and without the bell, which XML may not hold.
		expect(svg).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</text>');
		expect(svg).toContain('Strikes &amp; &lt;protests&gt;');
		expect(svg).toContain('A &quot;Paper&quot;');
	});
});
