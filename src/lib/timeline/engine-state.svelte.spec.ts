import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '$lib/model/days.ts';
import { EngineState } from './engine-state.svelte.ts';
import type { TimelineHandle } from './vis-adapter.ts';

const at = (day: string, hours = 0) => new Date(Date.UTC(2011, 0, Number(day), hours));
const window = (from: string, to: string, hours = 0) => ({
	start: at(from, hours),
	end: at(to, hours)
});

/** An engine state whose engine has loaded, logging the windows it is asked to show. */
function loaded() {
	const shown: string[] = [];
	const state = new EngineState();
	state.handle = {
		setWindow: (start: Date, end: Date, animate: boolean) =>
			shown.push(`${start.getUTCDate()}–${end.getUTCDate()}${animate ? ' animated' : ''}`)
	} as unknown as TimelineHandle;
	return { state, shown };
}

describe('EngineState: the window the page asks for', () => {
	it('shows a window asked for, unanimated', () => {
		const { state, shown } = loaded();
		state.showWindow(window('1', '10'));
		expect(shown).toEqual(['1–10']);
	});

	it('takes a window asked for before the engine has loaded as not yet asked', () => {
		const { state, shown } = loaded();
		const handle = state.handle;
		state.handle = null;
		state.showWindow(window('1', '10'));
		state.handle = handle;
		state.showWindow(window('1', '10'));
		expect(shown).toEqual(['1–10']);
	});

	it('does not show the same days again, though the engine has moved since', () => {
		const { state, shown } = loaded();
		state.showWindow(window('1', '10'));
		state.reported(window('20', '30'));
		state.showWindow(window('1', '10', 12));
		expect(shown).toEqual(['1–10']);
		state.showWindow(window('2', '10'));
		expect(shown).toEqual(['1–10', '2–10']);
	});

	it('does not show the window the engine reported when the address echoes it back', () => {
		const { state, shown } = loaded();
		state.reported(window('5', '15'));
		expect(state.shown).toEqual(window('5', '15'));
		state.showWindow(window('5', '15', 6));
		expect(shown).toEqual([]);
		state.showWindow(window('5', '17'));
		expect(shown).toEqual(['5–17']);
	});

	it('counts windows a day or more apart as different', () => {
		const { state, shown } = loaded();
		state.showWindow(window('1', '10'));
		state.showWindow({ start: new Date(at('1').getTime() + MS_PER_DAY), end: at('10') });
		expect(shown).toEqual(['1–10', '2–10']);
	});
});
