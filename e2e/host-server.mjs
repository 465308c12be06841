// A stand-in for a teacher's course page on another origin, for the embed tests.
//   /?src=<address>  embeds that address in an iframe and resizes it from the embed's messages
//                    with a listener of its own, which logs every height it receives and
//                    answers as the resize helper does.
//   /paste?code=<html>  a page with the given HTML pasted into it as it is, as a teacher pastes
//                    the share dialog's iframe code and resize helper into a course page.
//   /blank           an empty page, for a frame of a third origin (open it as localhost while
//                    the host page is 127.0.0.1) that forges messages.
// It listens on 127.0.0.1 only: /paste writes what it is given into the page unescaped.
import { createServer } from 'node:http';

const port = Number(process.env.HOST_PORT ?? 4179);

const page = (src) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A course page</title></head>
<body>
<h1>Week 3: Kazakhstan</h1>
<iframe id="kz" src="${src.replace(/"/g, '&quot;')}" title="Timeline" width="100%" height="200" style="border:0"></iframe>
<script>
window.resizes = [];
window.addEventListener('message', (event) => {
  const frame = document.getElementById('kz');
  if (event.source !== frame.contentWindow || event.data?.type !== 'kz-timeline:resize') return;
  frame.style.height = event.data.height + 'px';
  window.resizes.push({ height: event.data.height, origin: event.origin });
  // As the resize helper does: so the embed knows it may grow to its content.
  event.source.postMessage({ type: 'kz-timeline:resizing' }, event.origin);
});
</script>
</body></html>`;

const pasted = (code) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A course page</title></head>
<body>
<h1>Week 3: Kazakhstan</h1>
${code}
</body></html>`;

const blank = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body></body></html>`;

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
	const html = (body) =>
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
	const src = url.searchParams.get('src');
	const code = url.searchParams.get('code');
	if (url.pathname === '/' && src) html(page(src));
	else if (url.pathname === '/paste' && code) html(pasted(code));
	else if (url.pathname === '/blank') html(blank);
	else response.writeHead(404).end('not found');
}).listen(port, '127.0.0.1', () => console.log(`host page on http://127.0.0.1:${port}`));
