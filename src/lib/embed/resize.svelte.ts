import { createContext } from 'svelte';

export const RESIZE_MESSAGE = 'kz-timeline:resize';
/** What the resize helper (static/embed-resize.js) answers: it is there, and resizes the frame. */
export const RESIZING_MESSAGE = 'kz-timeline:resizing';

/**
 * How the embed is framed. Until the page around it says it resizes the frame, the embed lays
 * itself out for the height it is given; once it does, the embed grows to its content.
 */
export class EmbedFrame {
	grows = $state(false);
}

const [getEmbedFrameContext, setEmbedFrameContext, hasEmbedFrame] = createContext<EmbedFrame>();

/** Every page that is an embed sets its frame, and tells the page around it its height with it. */
export const setEmbedFrame = setEmbedFrameContext;

/** The embed's frame; outside an embed page (a page opened on its own), one that never grows. */
export function getEmbedFrame(): EmbedFrame {
	return hasEmbedFrame() ? getEmbedFrameContext() : new EmbedFrame();
}

/**
 * Tells the page around the iframe how tall the content is, whenever that changes, and marks
 * `frame` as growing once the resize helper answers. The only message it listens to is that
 * answer, from the parent window: a host page that forges it only gets the layout it could have
 * asked for by setting the frame's height.
 */
export function postHeightToParent(element: HTMLElement, frame?: EmbedFrame): () => void {
	if (window.parent === window) return () => {};
	let lastHeight = 0;
	const post = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === lastHeight) return;
		lastHeight = height;
		window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
	};
	let heard = false;
	const answered = (event: MessageEvent) => {
		if (heard || event.source !== window.parent || event.data?.type !== RESIZING_MESSAGE) return;
		heard = true;
		if (frame) frame.grows = true;
		// The helper may have come after the first height was sent: send it again, once.
		lastHeight = 0;
		post();
	};
	// The one listener for messages in src/ (see eslint.config.js): it reads one answer, from the
	// parent alone, and only chooses between two layouts.
	// eslint-disable-next-line no-restricted-syntax
	addEventListener('message', answered);
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => {
		observer.disconnect();
		removeEventListener('message', answered);
	};
}
