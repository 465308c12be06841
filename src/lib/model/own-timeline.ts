/**
 * Whether a route shows a teacher's own timeline (`/make/` and the pages under it), whose
 * policy alone allows https: images, shown when the reader asks (src/hooks.server.ts).
 */
export function showsOwnTimeline(routeId: string | null | undefined): boolean {
	return routeId === '/make' || (routeId?.startsWith('/make/') ?? false);
}
