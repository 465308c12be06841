import { expect, test } from '@playwright/test';
import { watchConsole, watchForScripts } from './guards.ts';

// The controls for the guards every security test leans on: each must see what it watches for.

test('the script guard sees a write to window.__xss, a dialog and injected markup', async ({
	page
}) => {
	const guard = await watchForScripts(page);
	await page.goto('/lessons/');
	await guard.check();

	await page.evaluate(() => ((window as unknown as { __xss: number }).__xss = 1));
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(1);
	expect(guard.ran).toEqual([expect.stringMatching(/^window\.__xss = 1 on /)]);
	// With the report set aside, the value the page holds still gives the write away.
	guard.ran.length = 0;
	await expect(guard.check()).rejects.toThrow(/toBeUndefined/);

	await page.reload();
	await page.evaluate(() => alert('x'));
	await expect.poll(() => guard.ran).toEqual([expect.stringMatching(/^alert\(x\) on /)]);
	guard.ran.length = 0;

	await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x">'));
	await expect(guard.check()).rejects.toThrow(/<img src=/);
});

test('the console watcher sees errors, and excuses only what it is told to', async ({ page }) => {
	const problems = watchConsole(page, (message) => message.text() === 'expected');
	await page.goto('/lessons/');
	await page.evaluate(() => {
		console.error('expected');
		console.error('not expected');
		setTimeout(() => {
			throw new Error('thrown');
		});
	});
	await expect.poll(() => problems.length).toBe(2);
	expect(problems).toEqual([
		expect.stringMatching(/: not expected$/),
		expect.stringMatching(/: thrown$/)
	]);
});
