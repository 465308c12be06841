import QRCode from 'qrcode';

/** White modules around the code, as the standard asks, so a camera finds its edges. */
const QUIET_ZONE = 4;

/**
 * A QR code of `text` as one SVG path of its dark modules, in module units. Drawn from the
 * library's matrix rather than from markup it writes, so nothing is placed in the page as HTML.
 * Level L error correction holds the most: these codes are read from a clean projected screen.
 */
export function qrCode(text: string): { size: number; path: string } {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
	const parts: string[] = [];
	for (let row = 0; row < modules.size; row++)
		for (let column = 0; column < modules.size; column++)
			if (modules.get(row, column))
				parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
	return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
