import { describe, expect, it } from 'vitest';
import { lint, lintRule } from './testing/lint.ts';

// The embed posts its height to the page around it and must never act on messages from other
// windows (eslint.config.js says why). A rule reports every way of listening for them in src/;
// each way is linted here at a realistic path and must be reported.

const RULE = 'no-restricted-syntax';
const MESSAGE = `${RULE}: Nothing in src/ listens for messages from other windows.`;

const inScript = [
	"addEventListener('message', handle)",
	'window.addEventListener( "message", (event) => {})',
	'window.addEventListener(`messageerror`, handle)',
	"window['addEventListener']('message', handle)",
	"window.parent?.addEventListener('message', handle, { once: true })",
	'self.onmessage = handle',
	'onmessage = handle',
	'port.onmessageerror = handle',
	"window['onmessage'] = handle",
	"on(window, 'message', handle)",
	"addEventListener('message' as const, handle)",
	'Object.assign(window, { onmessage: handle })',
	"Object.defineProperty(window, 'onmessage', { value: handle })"
];

const inMarkup = [
	'<svelte:window onmessage={handle} />',
	'<svelte:window on:message={handle} />',
	'<svelte:window {onmessage} />',
	'<svelte:window onmessagecapture={handle} />',
	'<div onmessageerror={handle}></div>',
	'<iframe title="map" on:message={handle}></iframe>'
];

const component = (markup: string) =>
	`<script lang="ts">\nconst handle = () => {};\nconst onmessage = handle;\n</script>\n\n${markup}\n`;

describe('listening for messages from other windows', { timeout: 120_000 }, () => {
	it.each(inScript)('is reported in a module: %s', async (code) => {
		const source = `const handle = () => {};\nconst port = new MessageChannel().port1;\n${code};\n`;
		expect(await lintRule('src/lib/embed/resize.svelte.ts', source, RULE)).toEqual([MESSAGE]);
	});

	it.each(inScript)('is reported in a component script: %s', async (code) => {
		const source = `<script lang="ts">\nimport { on } from 'svelte/events';\nconst handle = () => {};\nconst port = new MessageChannel().port1;\n${code};\n</script>\n`;
		expect(await lintRule('src/routes/embed/+page.svelte', source, RULE)).toEqual([MESSAGE]);
	});

	it.each(inMarkup)('is reported in markup: %s', async (markup) => {
		expect(await lintRule('src/routes/embed/+page.svelte', component(markup), RULE)).toContain(
			MESSAGE
		);
	});

	it('posting a message, and listening for other events, are allowed', async () => {
		const code = [
			"window.addEventListener('resize', () => {});",
			"window.parent.postMessage({ height: 1 }, '*');",
			'document.body.onclick = null;'
		].join('\n');
		expect(await lint('src/lib/embed/resize.svelte.ts', code)).toEqual([]);
		const markup = '<svelte:window onresize={handle} />\n<button onclick={handle}>Go</button>';
		const source = `<script lang="ts">\nconst handle = () => {};\n</script>\n\n${markup}\n`;
		expect(await lint('src/routes/embed/+page.svelte', source)).toEqual([]);
	});
});
