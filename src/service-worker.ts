/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// After one visit the whole site works offline: a classroom's network is not always there.
// Everything the build wrote (code, static files and every prerendered page and its data) is
// cached on install, per build version, and served from the cache first; anything else goes
// to the network and falls back to the cache. Nothing is kept that is not this site's own,
// whole and successful response (hosting/storable.ts): a host's redirect, directory listing or
// error page, kept under a page's address, would otherwise stand in for that page for good.

import { base, build, files, prerendered, version } from '$service-worker';
import { isStorable } from '$lib/hosting/storable.ts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kz-timeline-${version}`;

/**
 * Event pages are about 40 kB each with their data. A collection of thousands would make every
 * first visit download all of them, so past this many they are cached as they are read.
 */
const MAX_PRECACHED_EVENT_PAGES = 300;
const isEventPage = (path: string) => path.slice(base.length).startsWith('/events/');
const eventPages = prerendered.filter(
	(path) => isEventPage(path) && !path.endsWith('/__data.json')
);
// The link preview's picture is for other sites' previews, never shown here.
const isPreviewPicture = (path: string) => path === `${base}/og.png`;
const pages = prerendered.filter(
	(path) =>
		!isPreviewPicture(path) &&
		(eventPages.length <= MAX_PRECACHED_EVENT_PAGES || !isEventPage(path))
);
// The lists already carry the base path the site is served under.
const PRECACHED = new Set([...build, ...files, ...pages]);

const storable = (response: Response) => isStorable(response, sw.location.origin);

/** Keeps the response under `key` if it may be kept; says whether it was. */
async function keep(cache: Cache, key: RequestInfo, response: Response): Promise<boolean> {
	if (!(await storable(response))) return false;
	await cache.put(key, response.clone());
	return true;
}

// cache.addAll would keep whatever the host answers, redirects included, and one missing file
// would fail the whole install, leaving an older worker in charge: each file is checked instead,
// and one the host will not serve properly is simply fetched from the network when asked for.
async function precache() {
	const cache = await caches.open(CACHE);
	await Promise.all(
		[...PRECACHED].map((path) =>
			fetch(path, { cache: 'no-cache' }).then(
				(response) => keep(cache, path, response),
				() => false
			)
		)
	);
}

sw.addEventListener('install', (event) => {
	// A worker from an older build may hold entries an older worker kept without these checks:
	// the new one takes over at once instead of waiting for every tab to close.
	event.waitUntil(precache().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

/** What the cache holds under `key`, if it still passes the checks; a bad entry is dropped. */
async function fromCache(cache: Cache, key: RequestInfo): Promise<Response | undefined> {
	const cached = await cache.match(key);
	if (!cached || (await storable(cached))) return cached;
	await cache.delete(key);
	return undefined;
}

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A page is one file whatever its query string (?event=…, ?p=…); so is its __data.json.
	const cached = await fromCache(cache, path);
	if (cached) return cached;
	const response = await fetch(request);
	await keep(cache, path, response);
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		await keep(cache, request, response);
		return response;
	} catch (error) {
		const cached = await fromCache(cache, request);
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// Every page's address ends in a slash; an old link without it is sent on to the page, as a
	// folder-first host would, so that it works offline too.
	if (request.mode === 'navigate' && !url.pathname.endsWith('/')) {
		const page = `${url.pathname}/`;
		if (PRECACHED.has(page)) {
			event.respondWith(Response.redirect(`${url.origin}${page}${url.search}`, 301));
			return;
		}
	}
	event.respondWith(
		PRECACHED.has(url.pathname) ? cacheFirst(request, url.pathname) : networkFirst(request)
	);
});
