// Runs inline in the page's head (its hash is in the CSP, see svelte.config.js), so that the
// prerendered picture takes clicks and keys from its first paint, before the page's scripts have
// loaded. A plain click marks the item as selected; it and any timeline key are kept in order
// for the timeline, which replays them once it has mounted (early-input.ts). A mounted canvas
// has a tabindex, and from then on this leaves it alone.
(() => {
	if (window.kzEarlyInput) return;
	/** @type {import('./early-input').EarlyInput[]} */
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
	/** @type {{ entry: import('./early-input').EarlyInput, link: string } | null} */
	let last = null;
	const follow = () => {
		if (last && input.includes(last.entry)) location.assign(last.link);
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
	 * @param {import('./early-input').EarlyInput} entry
	 * @param {string | null} link
	 */
	const keep = (entry, link) => {
		input.push(entry);
		if (!link) return;
		last = { entry, link };
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
			let link = null;
			for (const part of item.parentElement?.querySelectorAll('[data-picture-id]') ?? []) {
				if (part.getAttribute('data-picture-id') !== id) continue;
				part.setAttribute('data-early-selected', '');
				if (part instanceof HTMLAnchorElement) link = part.href;
			}
			keep({ kind: 'select', id }, link);
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
			const link =
				event.key === 'Enter' && focused instanceof HTMLAnchorElement ? focused.href : null;
			keep({ kind: 'key', key: event.key, shiftKey: event.shiftKey }, link);
		},
		true
	);
})();
