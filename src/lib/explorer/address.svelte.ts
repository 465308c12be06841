import { afterNavigate, onNavigate, pushState, replaceState } from '$app/navigation';
import { navigating } from '$app/state';
import { onMount } from 'svelte';
import type { HistoryMode } from './explorer.svelte.ts';

/**
 * The address bar, as state. Shallow history entries (pushState) do not update SvelteKit's
 * page.url, so it is tracked here. It is null until the page has hydrated, so that the first
 * render matches the prerendered HTML. Construct it while a component initialises.
 */
export class Address {
	current = $state<URL | null>(null);
	readonly hydrated = $derived(this.current !== null);
	/**
	 * Whether the reader came back to this address by Back or Forward, rather than choosing it:
	 * the browser then puts the page's scroll back where it was.
	 */
	traversed = false;
	#left = false;
	readonly #onarrive: () => void;
	readonly #keepFragment: boolean;
	readonly #framed: boolean;

	/**
	 * @param onarrive called each time the reader brings an address: once the page is ready
	 *   (see `arrive`), on back and forward, and after a followed link.
	 * @param keepFragment whether writes keep the address's #fragment, for a page whose fragment
	 *   holds what it shows (a built lesson's embed). Otherwise a write drops it, as before.
	 * @param framed whether this is an embed: its history is its host page's, where Back must
	 *   leave the page rather than step through the frame, so every write replaces.
	 */
	constructor(onarrive: () => void = () => {}, keepFragment = false, framed = false) {
		this.#onarrive = onarrive;
		this.#keepFragment = keepFragment;
		this.#framed = framed;
		// Made while the navigation that brings the page is under way: Back or Forward from
		// another page of the site. (afterNavigate says so too, but only after the page has
		// read its address and drawn what it holds.)
		this.traversed = navigating.type === 'popstate';
		afterNavigate((navigation) => {
			this.traversed = navigation.type === 'popstate';
			if (this.current) this.arrive();
		});
		// Leaving for another page, nothing may write onto this one's address any more: not a
		// dialog that closes as the page goes (its close would deselect, and push an entry that
		// Back then lands on), nor a timer that fires late.
		onNavigate((navigation) => {
			if (navigation.to && navigation.to.url.pathname !== location.pathname) this.#left = true;
		});
		onMount(() => {
			const arrive = () => {
				this.traversed = true;
				this.arrive();
			};
			addEventListener('popstate', arrive);
			return () => {
				removeEventListener('popstate', arrive);
				this.#left = true;
			};
		});
	}

	/** Reads the address the reader is at. */
	arrive() {
		// A new URL replaces the old one each time; none is ever changed in place.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.current = new URL(location.href);
		this.#onarrive();
	}

	/** Writes a query string into history, without loading anything. */
	write(search: string, mode: HistoryMode) {
		// A timer that fires after the reader has left must not write onto the next page's URL.
		if (this.#left) return;
		this.traversed = false;
		const fragment = this.#keepFragment ? location.hash : '';
		const push = mode === 'push' && !this.#framed;
		(push ? pushState : replaceState)(`${search}${fragment}`, {});
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.current = new URL(location.href);
	}
}
