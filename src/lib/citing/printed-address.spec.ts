import { describe, expect, it } from 'vitest';
import { printedAddress } from './printed-address.ts';

describe('printedAddress', () => {
	it('prints an address without a long fragment as it is', () => {
		expect(printedAddress('https://example.org/?themes=labour')).toBe(
			'https://example.org/?themes=labour'
		);
		expect(printedAddress('https://example.org/lessons/zhanaozen/#event-zhanaozen')).toBe(
			'https://example.org/lessons/zhanaozen/#event-zhanaozen'
		);
	});

	it('cuts a lesson link’s fragment and says how much is left out', () => {
		const code = `1.${'A'.repeat(4998)}`;
		expect(printedAddress(`https://example.org/embed/lesson/#${code}`)).toBe(
			`https://example.org/embed/lesson/#${code.slice(0, 12)}… (4,988 more characters)`
		);
	});
});
