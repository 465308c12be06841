import { describe, expect, it } from 'vitest';
import { addressWithStep, stepFromAddress } from './lesson-address.ts';

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
