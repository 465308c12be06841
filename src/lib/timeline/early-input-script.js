// Runs inline in the page's head (its hash is in the CSP, see svelte.config.js), so that the
// prerendered picture takes clicks and keys from its first paint, before the page's scripts have
// loaded. A plain click marks the item as selected; it and any timeline key are kept in order
// for the timeline, which replays them once it has mounted (early-input.ts). A mounted canvas
// has a tabindex, and from then on this leaves it alone.
(() => {
	if (window.kzEarlyInput) return;
	const input = (window.kzEarlyInput = []);
	const pictureItem = (target) =>
		target instanceof Element
			? target.closest('.canvas:not([tabindex]) .picture [data-picture-id]')
			: null;
	const modified = (event) => event.altKey || event.ctrlKey || event.metaKey;
	addEventListener(
		'click',
		(event) => {
			const item = pictureItem(event.target);
			if (!item || event.button !== 0 || modified(event) || event.shiftKey) return;
			event.preventDefault();
			const id = item.dataset.pictureId;
			if (id.startsWith('aggregate:')) return;
			for (const marked of document.querySelectorAll('[data-early-selected]')) {
				marked.removeAttribute('data-early-selected');
			}
			for (const part of item.parentElement.querySelectorAll('[data-picture-id]')) {
				if (part.dataset.pictureId === id) part.setAttribute('data-early-selected', '');
			}
			input.push({ kind: 'select', id });
		},
		true
	);
	addEventListener(
		'keydown',
		(event) => {
			if (!pictureItem(document.activeElement) || modified(event)) return;
			if (!/^(Arrow|Page|Home$|End$|Enter$|[-+=_0]$)/.test(event.key)) return;
			event.preventDefault();
			input.push({ kind: 'key', key: event.key, shiftKey: event.shiftKey });
		},
		true
	);
})();
