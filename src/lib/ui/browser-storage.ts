/** The browser's localStorage, or null where it is turned off (reading it can throw). */
export function browserStorage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}
