// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface ImportMetaEnv {
		/** SITE_ORIGIN at build (see vite.config.ts), or empty. */
		readonly SITE_ORIGIN: string;
	}
}

export {};
