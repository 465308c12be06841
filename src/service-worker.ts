/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// After one visit the whole site works offline: a classroom's network is not always there.
// Everything the build wrote (code, static files and every prerendered page and its data) is
// cached on install, per build version, and served from the cache first; anything else goes
// to the network and falls back to the cache.

import { base, build, files, prerendered, version } from '$service-worker';

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
const pages =
	eventPages.length > MAX_PRECACHED_EVENT_PAGES
		? prerendered.filter((path) => !isEventPage(path))
		: prerendered;
// The lists already carry the base path the site is served under.
const PRECACHED = new Set([...build, ...files, ...pages]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

async function cacheFirst(request: Request, path: string): Promise<Response> {
	// A page is one file whatever its query string (?event=…, ?p=…); so is its __data.json.
	const cached = await caches.match(path, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request);
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		PRECACHED.has(url.pathname) ? cacheFirst(request, url.pathname) : networkFirst(request)
	);
});
