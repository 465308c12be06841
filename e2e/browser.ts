import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * These machines forbid test tools from downloading browsers, so Debian's Chromium is used
 * when it is there. Elsewhere Playwright falls back to its own browser.
 */
export function chromiumLaunchOptions(): LaunchOptions {
	const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const executablePath = existsSync(candidate) ? candidate : undefined;
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	};
}
