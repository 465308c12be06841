import { describe, expect, it } from 'vitest';
import { LessonSteps } from './lesson-steps.svelte.ts';

describe('LessonSteps', () => {
	it('starts at the first step and labels it', () => {
		const steps = new LessonSteps(5);
		expect(steps.label).toBe('Step 1 of 5');
		expect(steps.isFirst).toBe(true);
	});

	it('moves forward and back, and stops at either end', () => {
		const steps = new LessonSteps(2);
		expect(steps.previous()).toBe(false);
		expect(steps.next()).toBe(true);
		expect(steps.label).toBe('Step 2 of 2');
		expect(steps.isLast).toBe(true);
		expect(steps.next()).toBe(false);
		expect(steps.previous()).toBe(true);
		expect(steps.current).toBe(0);
	});

	it('ignores steps that do not exist', () => {
		const steps = new LessonSteps(3);
		expect(steps.goTo(3)).toBe(false);
		expect(steps.goTo(-1)).toBe(false);
		expect(steps.goTo(1.5)).toBe(false);
		expect(steps.goTo(2)).toBe(true);
	});
});
