/** The site a web address is on, as a reader names it: "example.org" for https://www.example.org/a. */
export function siteName(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}
