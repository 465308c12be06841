// Plain JavaScript: svelte.config.js loads this in Node before anything is compiled.

/**
 * The build's pages link relatively (`paths.relative`), counted from their own address. A static
 * host answers every unknown address, at any depth, with the same 404.html, so that page must
 * name everything from the site's root instead. This rewrites a page prerendered at the root
 * (`/404`, whose links all begin `./`): its links, the boot script's imports, its base path
 * and the address of the service worker; and, since the boot script changes, its hash in the
 * page's Content Security Policy. It throws where SvelteKit's output no longer has the shape it
 * expects, so that a new SvelteKit cannot quietly write a broken 404 page.
 *
 * @param {string} html the page as SvelteKit prerendered it at the root
 * @param {string} base the base path the site is built for: '' or '/kz-timeline'
 * @returns {Promise<string>}
 */
export async function absolutePage(html, base) {
	const root = `${base}/`;
	/** @type {Array<{ before: string, after: string }>} */
	const scripts = [];
	let page = html
		.replace(/(\s(?:href|src)=")\.\//g, (_, attribute) => attribute + root)
		.replace(/<script>([\s\S]*?)<\/script>/g, (_, before) => {
			const after = before
				.replace('new URL(".", location).pathname.slice(0, -1)', JSON.stringify(base))
				.replace(/import\("\.\//g, `import("${root}`)
				.replace("script_url = './", `script_url = '${root}`);
			scripts.push({ before, after });
			return `<script>${after}</script>`;
		});
	const left = page.match(/(?:\s(?:href|src)="|import\("|script_url = '|new URL\(")\.\.?[/"]/);
	if (left) throw new Error(`404 page: a relative address is left: ${left[0]}`);
	for (const { before, after } of scripts) {
		const hash = `'sha256-${await sha256(before)}'`;
		if (!page.includes(hash)) throw new Error('404 page: an inline script has no hash in the CSP');
		page = page.replace(hash, `'sha256-${await sha256(after)}'`);
	}
	return page;
}

/** @param {string} text */
async function sha256(text) {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return btoa(String.fromCharCode(...new Uint8Array(digest)));
}
