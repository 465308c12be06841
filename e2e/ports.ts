/** The ports playwright.config.ts starts its servers on; E2E_PORT moves them all, so several
 * checkouts can run their browser tests side by side. */
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
/** The same build on a host that looks for a folder before a file (e2e/folder-first-server.mjs). */
export const FOLDER_FIRST_PORT = SITE_PORT + 1;
export const FOLDER_FIRST = `http://localhost:${FOLDER_FIRST_PORT}`;
export const HOST_PORT = SITE_PORT + 6;
export const SUBPATH_PORT = SITE_PORT + 7;
/** A build of e2e/fixtures/xss-events, whose every string is an attack. */
export const XSS_PORT = SITE_PORT + 8;
export const SITE = `http://localhost:${SITE_PORT}`;
export const SCALE_PORT = SITE_PORT + 9;
