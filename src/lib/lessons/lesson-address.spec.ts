import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressWithStep, pageStepAddress, stepFromAddress } from './lesson-address.ts';

describe('the step in the address', () => {
	const ids = ['event-a', 'event-b', 'event-c'];
	const lesson = 'https://example.test/lessons/one';

	it('opens at ?step=, 1-based, and at the step a hash names', () => {
		expect(stepFromAddress({ search: '?step=2', hash: '' }, ids)).toBe(1);
		expect(stepFromAddress({ search: '', hash: '#event-c' }, ids)).toBe(2);
		expect(stepFromAddress({ search: '?step=1', hash: '#event-c' }, ids)).toBe(0);
	});

	it('opens nowhere in particular for no step, or one the lesson does not have', () => {
		for (const search of ['', '?step=0', '?step=4', '?step=1.5', '?step=two', '?step='])
			expect(stepFromAddress({ search, hash: '#event-z' }, ids), search).toBeNull();
	});

	it('writes the step so that it reads back, and leaves the first step out', () => {
		for (const index of [0, 1, 2]) {
			const url = addressWithStep(`${lesson}?step=3#event-a`, index);
			expect(url.hash).toBe('');
			const read = stepFromAddress(url, ids);
			expect(read ?? 0).toBe(index);
		}
		expect(addressWithStep(`${lesson}?step=3`, 0).href).toBe(lesson);
		expect(addressWithStep(lesson, 1).href).toBe(`${lesson}?step=2`);
	});
});

describe("the step in the page's own address", () => {
	const ids = ['event-a', 'event-b', 'event-c'];
	afterEach(() => vi.unstubAllGlobals());

	function written(href: string, keepFragment = false) {
		vi.stubGlobal('location', new URL(href));
		const log: string[] = [];
		const address = pageStepAddress(
			{
				push: (url) => log.push(`push ${url.href}`),
				replace: (url) => log.push(`replace ${url.href}`)
			},
			keepFragment
		);
		return { address, log };
	}

	it('adds an entry for a step the reader chose, and replaces one for reading on', () => {
		const { address, log } = written('https://example.test/lessons/one/?step=2');
		address.write(2, 'push');
		address.write(2, 'replace');
		address.write(1, 'replace');
		expect(log).toEqual([
			'push https://example.test/lessons/one/?step=3',
			'replace https://example.test/lessons/one/?step=3'
		]);
	});

	it("keeps a built lesson's link in the hash beside the step, and reads the step from beside it", () => {
		const { address, log } = written('https://example.test/lessons/shared/#event-c', true);
		expect(address.read(ids)).toBeNull();
		address.write(1, 'push');
		expect(log).toEqual(['push https://example.test/lessons/shared/?step=2#event-c']);
		vi.stubGlobal('location', new URL('https://example.test/lessons/shared/?step=3#abc'));
		expect(address.read(ids)).toBe(2);
	});
});
