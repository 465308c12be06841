import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, as far as axe-core can check them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. The site's two schemes differ only in colours
 * (its colours are light-dark() values and no markup depends on the scheme), so the other
 * rules give the same answer in both; in the second scheme only these need to run again.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Each violation as one line: its rule, how many elements, and the first few of them. */
export async function axeViolations(
	page: Page,
	{ include, rules }: { include?: string; rules?: string[] } = {}
): Promise<string[]> {
	let builder = new AxeBuilder({ page });
	if (include) builder = builder.include(include);
	builder = rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS);
	const { violations } = await builder.analyze();
	return violations.map(
		({ id, nodes }) =>
			`${id} (${nodes.length}): ${nodes
				.slice(0, 4)
				.map((node) => node.target.join(' '))
				.join(' | ')}`
	);
}

/** Switches the colour scheme and lets colour transitions finish, so axe reads the final colours. */
export async function useScheme(page: Page, colorScheme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme });
	for (const frame of page.frames())
		await frame.waitForFunction(() =>
			document.getAnimations().every((animation) => animation.playState !== 'running')
		);
}

/**
 * Every WCAG rule in the light scheme, then the colour rules in the dark one; the page is left
 * light. Each violation is prefixed with its scheme. `shot` names a screenshot of each scheme.
 */
export async function violationsInBothSchemes(
	page: Page,
	{ include, shot }: { include?: string; shot?: string } = {}
): Promise<string[]> {
	const found: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await useScheme(page, scheme);
		if (shot) await page.screenshot({ path: `test-results/screenshots/${shot}-${scheme}.png` });
		const rules = scheme === 'dark' ? COLOUR_RULES : undefined;
		for (const violation of await axeViolations(page, { include, rules }))
			found.push(`${scheme}: ${violation}`);
	}
	await useScheme(page, 'light');
	return found;
}
