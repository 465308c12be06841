import { describe, expect, it } from 'vitest';
import { showsOwnTimeline } from './own-timeline.ts';

describe('showsOwnTimeline', () => {
	it('is /make/ and the pages under it, and nothing else', () => {
		for (const id of ['/make', '/make/view', '/make/embed', '/make/lesson', '/make/shared'])
			expect(showsOwnTimeline(id), id).toBe(true);
		for (const id of ['/', '/makeover', '/embed', '/events/[id]', null, undefined])
			expect(showsOwnTimeline(id), String(id)).toBe(false);
	});
});
