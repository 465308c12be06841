import { MAX_QR_LINK } from './embed-code.ts';

/**
 * The QR code of a link, drawn once the page runs: the library loads when a code is first asked
 * for, not with the page. A link longer than a phone reads from across a room gets none.
 * Create it while a component initialises.
 */
export class LinkCode {
	code = $state<{ size: number; path: string } | null>(null);
	failed = $state(false);
	readonly #link: () => string;

	constructor(link: () => string) {
		this.#link = link;
		$effect(() => {
			this.code = null;
			if (!this.fits) return;
			const text = link();
			let current = true;
			import('./qr-code.ts')
				.then(({ qrCode }) => {
					if (current) this.code = qrCode(text);
				})
				.catch((error: unknown) => {
					console.error(error);
					this.failed = true;
				});
			return () => {
				current = false;
			};
		});
	}

	/** Whether the link is short enough for a code. */
	get fits(): boolean {
		return this.#link().length <= MAX_QR_LINK;
	}
}
