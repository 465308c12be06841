/**
 * Runs the finder off the page's main thread, a few paragraphs at a time, posting what each
 * step found so that the page can show progress on a long text and stay responsive.
 */
import { findEventsInChunks } from '../finder/find-events.ts';
import type { FindRequest, FindReply } from './find-in-worker.ts';

// The worker's own global, typed by hand: the webworker lib would retype every global the
// site's modules use (addEventListener among them) in the one program svelte-check reads.
const scope = self as unknown as {
	postMessage(reply: FindReply): void;
	addEventListener(type: 'message', listener: (message: MessageEvent<FindRequest>) => void): void;
};

scope.addEventListener('message', (message: MessageEvent<FindRequest>) => {
	const { id, text, published } = message.data;
	try {
		for (const step of findEventsInChunks(text, { published: published || undefined }, 20)) {
			const reply: FindReply = { id, kind: 'step', ...step };
			scope.postMessage(reply);
		}
		scope.postMessage({ id, kind: 'done' } satisfies FindReply);
	} catch (error) {
		scope.postMessage({ id, kind: 'failed', message: String(error) } satisfies FindReply);
	}
});
