// Makes every embed of this timeline on a page as tall as its content. Include it once,
// anywhere on the host page (a second copy does nothing):
//   <script src="https://<this site>/embed-resize.js" defer></script>
// Each embed posts { type: 'kz-timeline:resize', height } to its parent whenever its height
// changes. A message is acted on only when it comes from this script's own origin and from
// one of the page's iframes, the one that is resized: any other page or frame is ignored.
(() => {
	const script = document.currentScript;
	// Loaded some other way (as a module, or copied inline), the site's origin is unknown.
	if (!script?.src) return;
	const origin = new URL(script.src, location.href).origin;
	const installed = Symbol.for(`kz-timeline:resize ${origin}`);
	if (window[installed]) return;
	window[installed] = true;

	addEventListener('message', (event) => {
		const { data } = event;
		if (event.origin !== origin || data?.type !== 'kz-timeline:resize') return;
		const height = Number(data.height);
		if (!(height > 0 && height < 100_000)) return;
		for (const frame of document.getElementsByTagName('iframe')) {
			if (frame.contentWindow !== event.source) continue;
			frame.style.height = `${Math.ceil(height)}px`;
			return;
		}
	});
})();
