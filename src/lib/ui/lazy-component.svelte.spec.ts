import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { LazyComponent } from './lazy-component.svelte.ts';

const Panel: Component = () => ({});

describe('LazyComponent', () => {
	it('imports once, however often it is asked, and then holds the component', async () => {
		const importer = vi.fn(async () => ({ default: Panel }));
		const lazy = new LazyComponent(importer);
		expect(lazy.current).toBeNull();
		expect(importer).not.toHaveBeenCalled();
		await Promise.all([lazy.load(), lazy.load()]);
		expect(lazy.current).toBe(Panel);
		await lazy.load();
		expect(importer).toHaveBeenCalledTimes(1);
	});

	it('forgets a failed import, so that the next use tries again', async () => {
		const importer = vi
			.fn<() => Promise<{ default: Component }>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValueOnce({ default: Panel });
		const lazy = new LazyComponent(importer);
		await expect(lazy.load()).rejects.toThrow('offline');
		expect(lazy.current).toBeNull();
		await expect(lazy.load()).resolves.toBe(Panel);
		expect(importer).toHaveBeenCalledTimes(2);
	});

	it('prefetches once the browser is idle', async () => {
		vi.useFakeTimers();
		const importer = vi.fn(async () => ({ default: Panel }));
		const lazy = new LazyComponent(importer);
		lazy.prefetch();
		expect(importer).not.toHaveBeenCalled();
		await vi.runAllTimersAsync();
		expect(importer).toHaveBeenCalledTimes(1);
		vi.useRealTimers();
	});
});
