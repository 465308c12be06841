/**
 * False while prerendering and hydrating, true once the component runs in the browser. Values
 * only the browser knows (the page's full address, today's date) switch on it, so the
 * prerendered HTML and the first client render agree.
 * Create it while a component initialises.
 */
export class Hydrated {
	current = $state(false);

	constructor() {
		$effect(() => {
			this.current = true;
		});
	}
}
