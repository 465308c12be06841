import { beforeNavigate } from '$app/navigation';
import type { Maker } from '$lib/make/maker.svelte.ts';
import { onMount } from 'svelte';

/**
 * Saves the timeline whenever the teacher may be leaving: another page of the site, a reload,
 * a closed or hidden tab. A field still being typed in is committed first (its change event fires
 * as it loses focus), so that not even the last words are lost. Call while a component
 * initialises.
 */
export function saveOnLeave(maker: () => Maker) {
	const commit = () => {
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		maker().save();
	};
	beforeNavigate(commit);
	onMount(() => {
		const hidden = () => document.visibilityState === 'hidden' && commit();
		addEventListener('pagehide', commit);
		document.addEventListener('visibilitychange', hidden);
		return () => {
			removeEventListener('pagehide', commit);
			document.removeEventListener('visibilitychange', hidden);
		};
	});
}
