import { describe, expect, it } from 'vitest';
import { siteName } from './site-name.ts';

describe('siteName', () => {
	it('names the host, without a leading www.', () => {
		expect(siteName('https://www.example.org/a/picture.jpg')).toBe('example.org');
		expect(siteName('https://upload.wikimedia.org/x.png')).toBe('upload.wikimedia.org');
	});
});
