export const prerender = true;
// Every page is written as <path>/index.html and addressed as <path>/: hosts that look for a
// folder before a file of the same name (nginx's try_files $uri $uri/, Apache, S3) serve it, and
// so do those that try <path>.html first. The +server.ts data files (/events.json, …) are not
// pages: SvelteKit keeps endpoints at 'never', so they stay files at those exact addresses.
export const trailingSlash = 'always';
