// A stand-in for a teacher's course page on another origin: it embeds the explorer in an
// iframe and resizes it from the embed's messages, exactly as the README's snippet does.
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
});
</script>
</body></html>`;

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
	const src = url.searchParams.get('src');
	if (url.pathname !== '/' || !src) {
		response.writeHead(404).end('not found');
		return;
	}
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(src));
}).listen(port, '127.0.0.1', () => console.log(`host page on http://127.0.0.1:${port}`));
