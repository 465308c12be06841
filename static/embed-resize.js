// Makes every embed of this timeline on a page as tall as its content. Include it once,
// anywhere on the host page (a second copy does nothing):
//   <script src="https://<this site>/embed-resize.js" defer></script>
// Each embed posts { type: 'kz-timeline:resize', height } to its parent whenever its height
// changes. A message is acted on only when it comes from this script's own origin and from
// one of the page's iframes, the one that is resized: any other page or frame is ignored.
// The helper answers { type: 'kz-timeline:resizing' } to that frame alone, so that the embed
// grows to its content; without the answer it lays itself out for the frame's height. It
// also says so to the page's frames when it starts, for an embed that sent its height before.
(() => {
	const script = document.currentScript;
	// Loaded some other way (as a module, or copied inline), the site's origin is unknown.
	if (!script?.src) return;
	const origin = new URL(script.src, location.href).origin;
	const installed = Symbol.for(`kz-timeline:resize ${origin}`);
	if (window[installed]) return;
	window[installed] = true;
	// Every height is answered, as a frame's page may be new (an answer sent to a frame before its
	// embed loaded is lost): the embed acts on the first answer it hears and ignores the rest.
	const answer = (target) => target?.postMessage({ type: 'kz-timeline:resizing' }, origin);

	addEventListener('message', (event) => {
		const { data } = event;
		if (event.origin !== origin || data?.type !== 'kz-timeline:resize') return;
		const height = Number(data.height);
		if (!(height > 0 && height < 100_000)) return;
		for (const frame of document.getElementsByTagName('iframe')) {
			if (frame.contentWindow !== event.source) continue;
			frame.style.height = `${Math.ceil(height)}px`;
			answer(frame.contentWindow);
			return;
		}
	});
	// Only frames showing this origin's pages receive it: for any other, postMessage drops it.
	for (const frame of document.getElementsByTagName('iframe')) answer(frame.contentWindow);
})();
