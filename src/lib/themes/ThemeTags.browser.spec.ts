import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { Theme } from '$lib/model/types.ts';
import WithContent from '$lib/testing/WithContent.svelte';
import ThemeTags from './ThemeTags.svelte';

const themes: Theme[] = [
	{
		id: 'elections',
		label: 'Elections',
		colour: '#1d4ed8',
		colourDark: '#93b4ff',
		description: 'Votes and their results.'
	},
	{
		id: 'labour',
		label: 'Labour and strikes',
		colour: '#b45309',
		colourDark: '#fbbf6a',
		description: 'Strikes and their demands.'
	}
];

function renderTags(ids: string[]) {
	return render(ThemeTags, { themes: ids }, { wrapper: WithContent, wrapperProps: { themes } });
}

describe('ThemeTags', () => {
	it('lists the themes by label, in the order given', async () => {
		const screen = await renderTags(['labour', 'elections']);
		const tags = screen.getByRole('list', { name: 'Themes' }).getByRole('listitem');
		await expect.element(tags.nth(0)).toHaveTextContent('Labour and strikes');
		await expect.element(tags.nth(1)).toHaveTextContent('Elections');
		expect(tags.elements()).toHaveLength(2);
	});

	it("draws each tag in its theme's light-scheme colour", async () => {
		const screen = await renderTags(['elections']);
		// #1d4ed8, through --theme-colour and the component's own style.
		await expect.element(screen.getByText('Elections')).toHaveStyle({ color: 'rgb(29, 78, 216)' });
	});

	it('shows an unknown theme by its id, without a colour', async () => {
		const screen = await renderTags(['no-such-theme']);
		const tag = screen.getByRole('listitem');
		await expect.element(tag).toHaveTextContent('no-such-theme');
		await expect.element(tag).not.toHaveAttribute('style');
	});
});
