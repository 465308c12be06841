// Runs inline in the page's head (its hash is in the CSP, see svelte.config.js), so that the
// prerendered picture takes clicks and keys from its first paint, before the page's scripts have
// loaded. A plain click marks the item as selected; it and any timeline key are kept in order
// for the timeline, which replays them once it has mounted (early-input.ts). A mounted canvas
// has a tabindex, and from then on this leaves it alone.
(() => {
	if (window.kzEarlyInput) return;
	/** @type {import('./early-input.ts').EarlyInput[]} */
	const input = [];
	window.kzEarlyInput = input;
	/** @param {EventTarget | null} target */
	const pictureItem = (target) =>
		target instanceof Element
			? target.closest('.canvas:not([tabindex]) .picture [data-picture-id]')
			: null;
	// Should the page's scripts fail to arrive, the last click or Enter does what the item's link
	// would have done: at once when one fails to load, or after a long wait should they never
	// answer. A page that is merely slow is waited for: the reader is not sent away from it.
	const NEVER_ARRIVED_MS = 20000;
	let failed = false;
	/** @type {{ entry: import('./early-input.ts').EarlyInput, link: string, item: Element } | null} */
	let last = null;
	// Not once the page has taken over: its timeline has mounted (and taken the input), or the
	// page has no timeline after all (a story-only embed) and the picture is gone.
	const follow = () => {
		if (last && input.includes(last.entry) && pictureItem(last.item)?.isConnected) {
			location.assign(last.link);
		}
	};
	const fail = () => {
		failed = true;
		follow();
	};
	// SvelteKit starts the page with a dynamic import, which rejects, unhandled, if any of its
	// scripts fails to load. (The engine's own failure is handled, and leaves the page working.)
	addEventListener('unhandledrejection', fail);
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let neverArrived;
	/**
	 * @param {import('./early-input.ts').EarlyInput} entry
	 * @param {{ link: string, item: Element } | null} target the item and its link, if any
	 */
	const keep = (entry, target) => {
		input.push(entry);
		if (!target) return;
		last = { entry, ...target };
		if (failed) return follow();
		clearTimeout(neverArrived);
		neverArrived = setTimeout(follow, NEVER_ARRIVED_MS);
	};
	/** @param {MouseEvent | KeyboardEvent} event */
	const modified = (event) => event.altKey || event.ctrlKey || event.metaKey;
	addEventListener(
		'click',
		(event) => {
			const item = pictureItem(event.target);
			if (!item || event.button !== 0 || modified(event) || event.shiftKey) return;
			event.preventDefault();
			const id = item.getAttribute('data-picture-id') ?? '';
			if (id.startsWith('aggregate:')) return;
			for (const marked of document.querySelectorAll('[data-early-selected]')) {
				marked.removeAttribute('data-early-selected');
			}
			let target = null;
			for (const part of item.parentElement?.querySelectorAll('[data-picture-id]') ?? []) {
				if (part.getAttribute('data-picture-id') !== id) continue;
				part.setAttribute('data-early-selected', '');
				if (part instanceof HTMLAnchorElement) target = { link: part.href, item: part };
			}
			keep({ kind: 'select', id }, target);
		},
		true
	);
	addEventListener(
		'keydown',
		(event) => {
			if (!pictureItem(document.activeElement) || modified(event)) return;
			if (!/^(Arrow|Page|Home$|End$|Enter$|[-+=_0]$)/.test(event.key)) return;
			event.preventDefault();
			const focused = document.activeElement;
			const target =
				event.key === 'Enter' && focused instanceof HTMLAnchorElement
					? { link: focused.href, item: focused }
					: null;
			keep({ kind: 'key', key: event.key, shiftKey: event.shiftKey }, target);
		},
		true
	);
})();
