export const RESIZE_MESSAGE = 'kz-timeline:resize';

/**
 * Tells the page around the iframe how tall the content is, whenever that changes. The embed
 * only ever sends; it listens to no messages, so a host page cannot drive it.
 */
export function postHeightToParent(element: HTMLElement): () => void {
	if (window.parent === window) return () => {};
	let lastHeight = 0;
	const post = () => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === lastHeight) return;
		lastHeight = height;
		window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => observer.disconnect();
}
