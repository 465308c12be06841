import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The embed posts its height to the page around it and must never act on messages from
// other origins: a host page, or anything that frames it, could otherwise drive it. The
// surest guarantee is that no code listens for messages at all.

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !entry.name.includes('.spec.') ? [path] : [];
	});
}

const LISTENS_FOR_MESSAGES = [
	/addEventListener\(\s*['"`]message(error)?['"`]/,
	/\bonmessage(error)?\b/,
	/\bon:message\b/
];

describe('messages from other windows', () => {
	it('no file in src/ listens for them', () => {
		const files = sourceFiles('src');
		expect(files.length).toBeGreaterThan(50);
		const listening = files.filter((file) => {
			const code = readFileSync(file, 'utf8');
			return LISTENS_FOR_MESSAGES.some((pattern) => pattern.test(code));
		});
		expect(listening).toEqual([]);
	});

	it('the pattern would catch each way of listening', () => {
		for (const code of [
			"addEventListener('message', handle)",
			'window.addEventListener( "message", (event) => {})',
			'<svelte:window onmessage={handle} />',
			'self.onmessage = handle',
			'<svelte:window on:message={handle} />'
		])
			expect(
				LISTENS_FOR_MESSAGES.some((pattern) => pattern.test(code)),
				code
			).toBe(true);
	});
});
