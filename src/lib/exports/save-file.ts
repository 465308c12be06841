/** Long enough for any browser to have started reading the file before it is let go. */
const REVOKE_AFTER_MS = 60_000;

/** Hands a file made in the page to the browser's downloads, under its own name. */
export function saveFile({
	name,
	type,
	content
}: {
	name: string;
	type: string;
	/** Text, or the bytes of a file such as a zip. */
	content: string | Uint8Array<ArrayBuffer>;
}) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
