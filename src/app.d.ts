// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface ImportMetaEnv {
		/** The site's address at build, ending in a slash, or empty (see vite.config.ts). */
		readonly SITE_ROOT: string;
	}
}

export {};
