import earlyInput from './early-input-script.js?raw';
import { timelineKeyAction, type TimelineKeyAction } from './keys.ts';

/** The script, as the page's head carries it: inline, so that it runs before any other. */
export const EARLY_INPUT_SCRIPT = `<script>${earlyInput}</script>`;

/** What early-input-script.js kept from before the timeline mounted: a click on an item, or a key. */
export type EarlyInput =
	{ kind: 'select'; id: string } | { kind: 'key'; key: string; shiftKey: boolean };

declare global {
	interface Window {
		/** Written by early-input-script.js, inline in the page, until the timeline takes it. */
		kzEarlyInput?: EarlyInput[];
	}
}

/**
 * Carries out, oldest first, what the reader did on the prerendered picture before the timeline
 * mounted, and clears the picture's own marks of it: from now on the page shows the selection.
 * Each input is taken once, so a second timeline finds none.
 */
export function replayEarlyInput(handlers: {
	select: (id: string) => void;
	act: (action: TimelineKeyAction) => void;
}) {
	const taken = window.kzEarlyInput?.splice(0) ?? [];
	for (const marked of document.querySelectorAll('[data-early-selected]')) {
		marked.removeAttribute('data-early-selected');
	}
	for (const input of taken) {
		if (input.kind === 'select') {
			handlers.select(input.id);
			continue;
		}
		const modifiers = { shiftKey: input.shiftKey, altKey: false, ctrlKey: false, metaKey: false };
		const action = timelineKeyAction(input.key, modifiers);
		if (action) handlers.act(action);
	}
}
