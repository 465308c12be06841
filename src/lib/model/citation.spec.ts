import { describe, expect, it } from 'vitest';
import { siteName } from '../site/site.ts';

const SITE_NAME = siteName('Kazakhstan 1990–2012');
import { apaCitation, apaPageCitation, chicagoCitation, chicagoPageCitation } from './citation.ts';

const source = {
	id: 'kazakh-elections-2012',
	title: 'Kazakh elections take place amid rising social tensions',
	author: 'Clara Weiss',
	publisher: 'World Socialist Web Site',
	published: '2012-01-27'
};

describe('source citations', () => {
	it('Chicago inverts the author and writes the date month first', () => {
		expect(chicagoCitation(source)).toBe(
			'Weiss, Clara. “Kazakh elections take place amid rising social tensions.” World Socialist Web Site, January 27, 2012.'
		);
	});

	it('APA uses initials and year first, and ends with the URL when there is one', () => {
		expect(apaCitation(source, 'https://example.org/a')).toBe(
			'Weiss, C. (2012, January 27). Kazakh elections take place amid rising social tensions. World Socialist Web Site. https://example.org/a'
		);
	});
});

describe('page citations', () => {
	const page = {
		title: 'Security forces kill striking oil workers in Zhanaozen',
		site: SITE_NAME,
		url: 'https://example.org/events/zhanaozen-massacre',
		accessed: new Date(2025, 2, 5)
	};

	it('Chicago quotes the title and gives the access date and URL', () => {
		expect(chicagoPageCitation(page)).toBe(
			'“Security forces kill striking oil workers in Zhanaozen.” Kazakhstan 1990–2012: a timeline explorer. Accessed March 5, 2025. https://example.org/events/zhanaozen-massacre.'
		);
	});

	it('APA puts the title first, marks no date, and gives the retrieval date', () => {
		expect(apaPageCitation(page)).toBe(
			'Security forces kill striking oil workers in Zhanaozen. (n.d.). Kazakhstan 1990–2012: a timeline explorer. Retrieved March 5, 2025, from https://example.org/events/zhanaozen-massacre'
		);
	});

	it('leaves out what is not known before the page runs in a browser', () => {
		const bare = { title: page.title, site: page.site };
		expect(chicagoPageCitation(bare)).toBe(
			'“Security forces kill striking oil workers in Zhanaozen.” Kazakhstan 1990–2012: a timeline explorer.'
		);
		expect(apaPageCitation(bare)).toBe(
			'Security forces kill striking oil workers in Zhanaozen. (n.d.). Kazakhstan 1990–2012: a timeline explorer.'
		);
	});
});
