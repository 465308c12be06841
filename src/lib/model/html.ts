const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/**
 * Plain text made safe to place in HTML, as text or a quoted attribute: for tools that render
 * what we give them as HTML, and for the iframe snippet a teacher pastes elsewhere.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
