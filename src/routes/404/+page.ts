// The build prerenders this page at /404, so as 404.html (svelte.config.js), which static hosts
// serve at whatever address was asked for. 'ignore' keeps it at /404 rather than /404/, and keeps
// the client from adding a slash to the address it is shown at, which nobody typed.
export const trailingSlash = 'ignore';
